import type { ProseRun } from '../document';
import type { TermBase, TermEntry } from '../terminology';
import { CanonicalCover } from './canonicalCover';
import { nearMissPatternsFor } from './nearMissIndexCache';
import { KINDS, type NearMissPatterns } from './nearMissPatterns';
import { readsAsWords } from './words';

export { MIN_TERM_LENGTH } from './nearMissPatterns';

/**
 * Near misses of canonical terms: text one edit away from a term. Edits near a term's edge are mostly
 * the neighbouring word, not a typo (工作|作风建设 looks like 作作风建设), so duplications, omissions and
 * insertions are only looked for inside a term; swaps and sound-alike substitutions anywhere.
 */
export type NearMissKind = (typeof KINDS)[number];

export interface NearMiss {
  start: number;
  end: number;
  entry: TermEntry;
  kind: NearMissKind;
  /**
   * The characters concerned: the doubled, missing or extra one; the swapped pair as written; for a
   * sound-alike, the character written followed by the term's character.
   */
  char: string;
}

/** Built once per term base: the CLI pays for it on every run, the language server once per base. */
const indexes = new WeakMap<TermBase, NearMissPatterns>();

function patternsOf(terms: TermBase): NearMissPatterns {
  let patterns = indexes.get(terms);
  if (!patterns) indexes.set(terms, (patterns = nearMissPatternsFor(terms.entriesByNumber, () => terms.contentKey())));
  return patterns;
}

/** All near misses in text[start, end), overlapping ones included. */
export function findNearMisses(terms: TermBase, text: string, start: number, end: number): NearMiss[] {
  return nearMissesInRuns(terms, text, [{ start, end }], undefined)[0];
}

/**
 * From how many entries a base's near misses are told from clashes during the scan, from a cover of the
 * range (see findNearMissesWithoutClashes). The cover costs a scan of the whole range for canonical
 * terms; it saves verifying the windows on and around the terms as written, which grow with the base.
 * Measured on the benchmark's 1 MB draft (the engine in one process, the two ways taking turns run by
 * run, fastest of 31, two rounds): with the cover, +5–7 ms with the built-in base (34 ms), +5–9 ms at
 * 2,020 entries, +0–6 ms at 6,060, −1–4 ms at 10,100, −20–23 ms at 20,200 (139–144 ms). With `each`
 * learning the terms the scan comes across (see below), the cover still wins at 20,200 (fastest of 21,
 * two rounds: 53–73 against 70–78 ms; a cold `tifa check` of 1 MB, 630 against 670 ms).
 */
const COVER_FROM_ENTRIES = 10_000;

/**
 * For each run, the near misses in text[run.start, run.end) that do not clash with a canonical term (see
 * CanonicalCover): a near miss that does is correct words (强制执行, 制造业企业). `how` they are left out:
 * during the scan, from a cover of the run (`cover`), or afterwards, one candidate at a time (`each`),
 * after a scan that leaves out what clashes with the terms it came across as written; by default by the
 * base's size. Both leave out the same ones.
 */
export function findNearMissesWithoutClashes(
  terms: TermBase,
  text: string,
  runs: readonly ProseRun[],
  how: 'cover' | 'each' = terms.size >= COVER_FROM_ENTRIES ? 'cover' : 'each',
): NearMiss[][] {
  if (how === 'cover') return nearMissesInRuns(terms, text, runs, CanonicalCover.ofRuns(terms, text, runs));
  // A canonical term that overlaps a candidate lies within the longest term's length of it.
  const reach = terms.longestCanonical() - 1;
  return nearMissesInRuns(terms, text, runs, CanonicalCover.emptyOfRuns(runs), true).map((misses, k) =>
    misses.filter((m) => !CanonicalCover.of(terms, text, Math.max(runs[k].start, m.start - reach), Math.min(runs[k].end, m.end + reach)).clashes(m.start, m.end)),
  );
}

/**
 * The near misses of each run; with `covers` (one per run), those that clash with a term of its cover left
 * out during the scan, which adds the terms it comes across to the covers when `growCovers`. All runs are
 * scanned before any candidate is judged: the index and the word list each take more of the processor's
 * cache than is left when they are read by turns.
 */
function nearMissesInRuns(terms: TermBase, text: string, runs: readonly ProseRun[], covers: readonly CanonicalCover[] | undefined, growCovers = false): NearMiss[][] {
  const patterns = patternsOf(terms);
  const scanned = runs.map(({ start, end }, k) => {
    const found: { row: number; from: number }[] = [];
    patterns.scan(text, start, end, (row, from) => found.push({ row, from }), covers?.[k], growCovers);
    return found;
  });
  return scanned.map((found) => (found.length === 0 ? [] : candidatesOf(patterns, text, found)));
}

/** The near misses the scan found, in reporting order, less those that read as ordinary words. */
function candidatesOf(patterns: NearMissPatterns, text: string, found: { row: number; from: number }[]): NearMiss[] {
  const misses = inReportingOrder(patterns, found).map(({ row, from }) => ({
    start: from,
    end: from + patterns.windowLength(row),
    entry: patterns.entry(row),
    kind: KINDS[patterns.kind(row)],
    char: patterns.charsOf(text, row, from),
  }));
  // An omitted, added or replaced character often just makes other, ordinary words (中国现代化建设,
  // 社会主义现代化国家); a doubled or swapped character inside a term rarely does.
  return misses.filter((m) => m.kind === 'duplicate' || m.kind === 'swapped' || !readsAsWords(text, m.start, m.end));
}

/**
 * The order the earlier matcher, one Aho–Corasick automaton over the near-miss strings and the anchors of
 * gapped patterns, reported in: by the end of the string it matched, longer strings first, then in the
 * order it added them (a gapped pattern's group was added with its first record). term/typo keeps the first
 * of candidates over the same characters, so the same order keeps the same term in a finding.
 */
function inReportingOrder<T extends { row: number; from: number }>(patterns: NearMissPatterns, found: T[]): T[] {
  const keyed = found.map((f) => ({ f, ...patterns.reportedAt(f.row, f.from), record: -1, rank: -1 }));
  // Only ties need the record's number and the rank, each worked out when first asked for.
  type Keyed = (typeof keyed)[number];
  const record = (k: Keyed) => (k.record >= 0 ? k.record : (k.record = patterns.record(k.f.row)));
  const rank = (k: Keyed) => (k.rank >= 0 ? k.rank : (k.rank = patterns.gap(k.f.row) < 0 ? record(k) : patterns.groupRank(k.f.row)));
  keyed.sort((a, b) => a.end - b.end || b.length - a.length || rank(a) - rank(b) || record(a) - record(b));
  return keyed.map((k) => k.f);
}
