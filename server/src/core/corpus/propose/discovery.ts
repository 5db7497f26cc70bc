import type { CorpusText } from '../source';
import { isHan, numberedLines } from '../source';
import type { CandidateSet } from './candidate';
import { FUNCTION_CHARS, GOVERNING_WORDS, TRAILING_WORDS } from './lexicon';

/**
 * New-word discovery: recurring Han n-grams that hold together (internal cohesion, a pointwise mutual
 * information) and stand free of their neighbours (left and right boundary entropy). Counting is
 * Apriori-style, so that a long n-gram is only counted where both of its (n-1)-grams are frequent: the
 * work grows with the corpus, not with all of its n-grams.
 */
export interface DiscoveryOptions {
  /** Shortest phrase reported; two-character words are the dictionary's business, not the base's. */
  minLength?: number;
  maxLength?: number;
  /** Fewest occurrences; by default 2, or one per 200,000 Han characters on large corpora. */
  minCount?: number;
  /** Least cohesion: the natural log of how much likelier the phrase is than its weakest split. */
  minCohesion?: number;
  /** Least boundary entropy (nats) on the poorer side. */
  minEntropy?: number;
}

interface Run {
  text: string;
  file: string;
  line: number;
}

export function discoverPhrases(texts: readonly CorpusText[], into: CandidateSet, options: DiscoveryOptions = {}): void {
  const runs = hanRuns(texts);
  const total = runs.reduce((n, r) => n + r.text.length, 0);
  const minLength = options.minLength ?? 4;
  const maxLength = options.maxLength ?? 18;
  const minCount = options.minCount ?? Math.max(2, Math.ceil(total / 200_000));
  const minCohesion = options.minCohesion ?? 3;
  const minEntropy = options.minEntropy ?? 0.6;

  const counts = countFrequent(runs, maxLength, minCount);
  const cohesive = new Map<string, number>();
  for (const [gram, count] of counts) {
    if (gram.length < minLength || count < minCount) continue;
    if (FUNCTION_CHARS.has(gram[0]) || FUNCTION_CHARS.has(gram[gram.length - 1])) continue;
    const cohesion = cohesionOf(gram, count, counts, total);
    if (cohesion >= minCohesion) cohesive.set(gram, cohesion);
  }

  const neighbours = boundaryNeighbours(runs, cohesive, maxLength);
  for (const [gram, cohesion] of [...cohesive].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const sides = neighbours.get(gram)!;
    const entropy = Math.min(entropyOf(sides.left), entropyOf(sides.right));
    if (entropy < minEntropy) continue;
    const score = Math.round(Math.log2(1 + counts.get(gram)!) * cohesion * entropy * 100) / 100;
    for (const location of sides.locations) {
      into.add('phrase', gram, location, { score });
      const core = trimmed(gram);
      if (core !== gram && core.length >= minLength) into.add('phrase', core, location, { score });
    }
  }
}

function hanRuns(texts: readonly CorpusText[]): Run[] {
  const runs: Run[] = [];
  for (const { file, text } of texts) {
    for (const { line, text: content } of numberedLines(text)) {
      let start = -1;
      for (let i = 0; i <= content.length; i++) {
        const han = i < content.length && isHan(content[i]);
        if (han && start < 0) start = i;
        else if (!han && start >= 0) {
          if (i - start >= 2) runs.push({ text: content.slice(start, i), file, line });
          start = -1;
        }
      }
    }
  }
  return runs;
}

/** Counts of single characters, all bigrams, and each longer n-gram whose two (n-1)-grams are frequent. */
function countFrequent(runs: readonly Run[], maxLength: number, minCount: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let n = 1; n <= maxLength; n++) {
    let added = 0;
    for (const { text } of runs) {
      for (let i = 0; i + n <= text.length; i++) {
        const gram = text.slice(i, i + n);
        if (n > 2 && ((counts.get(gram.slice(0, -1)) ?? 0) < minCount || (counts.get(gram.slice(1)) ?? 0) < minCount)) continue;
        counts.set(gram, (counts.get(gram) ?? 0) + 1);
        added++;
      }
    }
    if (added === 0) break;
  }
  return counts;
}

/** min over split points of ln(P(w) / (P(a)·P(b))), with P estimated from counts over `total` characters. */
function cohesionOf(gram: string, count: number, counts: Map<string, number>, total: number): number {
  let weakest = Infinity;
  for (let k = 1; k < gram.length; k++) {
    const left = counts.get(gram.slice(0, k)) ?? count;
    const right = counts.get(gram.slice(k)) ?? count;
    weakest = Math.min(weakest, Math.log((count * total) / (left * right)));
  }
  return weakest;
}

interface Sides {
  left: Map<string, number>;
  right: Map<string, number>;
  locations: { file: string; line: number }[];
}

/** The characters seen left and right of each phrase; a run's edge counts as a new neighbour each time. */
function boundaryNeighbours(runs: readonly Run[], phrases: Map<string, number>, maxLength: number): Map<string, Sides> {
  const sides = new Map<string, Sides>();
  for (const phrase of phrases.keys()) sides.set(phrase, { left: new Map(), right: new Map(), locations: [] });
  let edge = 0;
  for (const { text, file, line } of runs) {
    for (let i = 0; i < text.length; i++) {
      for (let n = 2; n <= maxLength && i + n <= text.length; n++) {
        const found = sides.get(text.slice(i, i + n));
        if (!found) continue;
        const left = i > 0 ? text[i - 1] : `\u0000${edge++}`;
        const right = i + n < text.length ? text[i + n] : `\u0000${edge++}`;
        found.left.set(left, (found.left.get(left) ?? 0) + 1);
        found.right.set(right, (found.right.get(right) ?? 0) + 1);
        found.locations.push({ file, line });
      }
    }
  }
  return sides;
}

function entropyOf(distribution: Map<string, number>): number {
  let total = 0;
  for (const count of distribution.values()) total += count;
  let entropy = 0;
  for (const count of distribution.values()) entropy -= (count / total) * Math.log(count / total);
  return entropy;
}

/**
 * A phrase without the governing verb it was found with (实现|高水平科技自立自强, 量子科技|发展) or the
 * words before a function character in its first half (提供了|根本遵循): the term a reviewer wants.
 */
function trimmed(phrase: string): string {
  let core = phrase;
  while (core.length > 2 && GOVERNING_WORDS.has(core.slice(0, 2))) core = core.slice(2);
  while (core.length > 2 && (GOVERNING_WORDS.has(core.slice(-2)) || TRAILING_WORDS.has(core.slice(-2)))) core = core.slice(0, -2);
  for (let i = Math.floor(core.length / 2); i >= 1; i--) {
    if (FUNCTION_CHARS.has(core[i - 1])) return core.slice(i);
  }
  return core;
}
