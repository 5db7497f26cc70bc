import { findNearMisses } from '../../match/nearMiss';
import { TermBase } from '../../terminology/termBase';
import type { TermEntry } from '../../terminology/entry';
import type { CorpusText } from '../source';
import { numberedLines } from '../source';
import { CandidateSet, type Candidate, type CandidateKind } from './candidate';
import { discoverPhrases, type DiscoveryOptions } from './discovery';
import { extractNames } from './named';
import { extractNumbered } from './numbered';
import { extractPeople } from './people';
import { extractListed } from './listed';
import { extractQuoted } from './quoted';

export interface Proposal {
  files: string[];
  /** Characters read, all files together. */
  characters: number;
  candidates: Candidate[];
}

/** The order of the review sheet's sections, and of candidates in the JSON. */
export const KIND_ORDER: readonly CandidateKind[] = ['nearDuplicate', 'numbered', 'quoted', 'name', 'listed', 'phrase', 'title', 'person'];

/**
 * Proposes term candidates from authoritative texts, marking those the base already has, those it lists
 * as wrong forms, and near-duplicates (one edit from an entry or from a more frequent candidate).
 * Pure and deterministic: the same texts and base give the same proposal.
 */
export function proposeTerms(texts: readonly CorpusText[], base: TermBase, options: { discovery?: DiscoveryOptions } = {}): Proposal {
  const set = new CandidateSet();
  extractQuoted(texts, set);
  extractNumbered(texts, set);
  extractNames(texts, set);
  extractListed(texts, set);
  extractPeople(texts, set);
  discoverPhrases(texts, set, options.discovery);
  findBaseNearMisses(texts, base, set);

  const candidates = set.values();
  markAgainstBase(candidates, base);
  return {
    files: texts.map((t) => t.file),
    characters: texts.reduce((n, t) => n + t.text.length, 0),
    candidates: candidates.sort(
      (a, b) =>
        KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || b.count - a.count || (b.score ?? 0) - (a.score ?? 0) || compareText(a.text, b.text),
    ),
  };
}

/** Written forms in the corpus that the base lists as wrong, or that are one edit from an entry. */
function findBaseNearMisses(texts: readonly CorpusText[], base: TermBase, into: CandidateSet): void {
  for (const { file, text } of texts) {
    for (const { line, text: content } of numberedLines(text)) {
      const canonical = base.findCanonical(content, 0, content.length);
      const variants = base.findVariants(content, 0, content.length);
      for (const v of variants) {
        into.add('nearDuplicate', content.slice(v.start, v.end), { file, line }, { knownVariantOf: v.entry.expected });
      }
      for (const miss of findNearMisses(base, content, 0, content.length)) {
        // Characters that belong to a correct term next to it are not a typo (same test as term/typo),
        // and a listed wrong form is reported above already.
        if ([...canonical, ...variants].some((c) => c.start < miss.end && miss.start < c.end)) continue;
        into.add('nearDuplicate', content.slice(miss.start, miss.end), { file, line }, { nearDuplicateOf: miss.entry.expected });
      }
    }
  }
}

function markAgainstBase(candidates: Candidate[], base: TermBase): void {
  const peers = peerBase(candidates);
  const countOf = new Map<string, number>();
  for (const c of candidates) countOf.set(c.text, Math.max(countOf.get(c.text) ?? 0, c.count));
  for (const candidate of candidates) {
    if (candidate.kind === 'person' || candidate.kind === 'nearDuplicate') continue;
    const text = candidate.text;
    if (base.lookup(text)) {
      candidate.inBase = true;
      continue;
    }
    const variant = base.findVariants(text, 0, text.length).find((v) => v.start === 0 && v.end === text.length);
    if (variant) {
      candidate.knownVariantOf = variant.entry.expected;
      continue;
    }
    const near =
      wholeNearMiss(base, text) ?? wholeNearMiss(peers, text, (expected) => (countOf.get(expected) ?? 0) > candidate.count);
    if (near) candidate.nearDuplicateOf = near;
  }
}

/** The entry that `text` as a whole is one edit away from, if any. */
function wholeNearMiss(terms: TermBase, text: string, accept: (expected: string) => boolean = () => true): string | undefined {
  const miss = findNearMisses(terms, text, 0, text.length).find(
    (m) => m.start === 0 && m.end === text.length && m.entry.expected !== text && accept(m.entry.expected),
  );
  return miss?.entry.expected;
}

/** How many of the most frequent candidates a rarer spelling is compared with; keeps large corpora fast. */
const PEERS = 1000;

/** The most frequent candidates as a term base, so that a rarer spelling of one of them stands out. */
function peerBase(candidates: readonly Candidate[]): TermBase {
  const seen = new Set<string>();
  const entries: TermEntry[] = [];
  const byCount = [...candidates].sort((a, b) => b.count - a.count || compareText(a.text, b.text));
  for (const c of byCount) {
    if (entries.length >= PEERS) break;
    if (c.kind === 'person' || c.kind === 'nearDuplicate' || c.count < 2 || seen.has(c.text)) continue;
    seen.add(c.text);
    entries.push({ expected: c.text, patterns: [], specs: [], origin: { file: 'corpus', line: 0 } });
  }
  return TermBase.fromFiles([{ file: 'corpus', entries, ignore: [], disable: [] }], { runSpecs: false });
}

/** Code-unit order: stable across machines and locales. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
