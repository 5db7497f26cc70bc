import { AhoCorasickBuilder } from '../../match/ahoCorasickBuilder';
import type { CorpusText } from '../source';
import { isHan, numberedLines } from '../source';
import type { CandidateSet } from './candidate';
import { FUNCTION_CHARS, GOVERNING_WORDS, TRAILING_WORDS } from './lexicon';

/**
 * New-word discovery: recurring Han n-grams that hold together (internal cohesion, a pointwise mutual
 * information) and stand free of their neighbours (left and right boundary entropy).
 *
 * The corpus is one array of character codes; an n-gram is the list of positions where it starts, and
 * it grows one character at a time by sorting its positions by the next character. The grouping that
 * yields the longer n-grams is also the right-neighbour distribution, so counting and boundary entropy
 * come from one pass per length, with integers, and only frequent n-grams are ever grown.
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

/** A frequent n-gram that is free on both sides, before its cohesion is known. */
interface Free {
  text: string;
  count: number;
  entropy: number;
}

/** Separates runs in the code array: never a Han character, so no n-gram crosses it. */
const EDGE = 0;

export function discoverPhrases(texts: readonly CorpusText[], into: CandidateSet, options: DiscoveryOptions = {}): void {
  const runs = hanRuns(texts);
  const codes = codeArray(runs);
  const total = codes.length - runs.length - 1;
  const minLength = options.minLength ?? 4;
  const maxLength = options.maxLength ?? 18;
  const minCount = options.minCount ?? Math.max(2, Math.ceil(total / 200_000));
  const minCohesion = options.minCohesion ?? 3;
  const minEntropy = options.minEntropy ?? 0.6;

  const counts = new Map<string, number>();
  const free: Free[] = [];
  for (const positions of groupByNext(codes, startPositions(codes), 0).groups) {
    grow(codes, positions, 1, { maxLength, minCount, minLength, minEntropy }, counts, free);
  }

  const scores = new Map<string, number>();
  for (const { text, count, entropy } of free) {
    const cohesion = cohesionOf(text, count, counts, total);
    if (cohesion < minCohesion) continue;
    const score = Math.round(Math.log2(1 + count) * cohesion * entropy * 100) / 100;
    for (const phrase of [text, trimmed(text)]) {
      if (phrase.length >= minLength && (scores.get(phrase) ?? -1) < score) scores.set(phrase, score);
    }
  }
  reportOccurrences(runs, scores, into);
}

interface GrowOptions {
  maxLength: number;
  minCount: number;
  minLength: number;
  minEntropy: number;
}

/** Records the n-gram starting at `positions` (length n) and grows its frequent extensions, depth first. */
function grow(codes: Uint16Array, positions: Int32Array, n: number, options: GrowOptions, counts: Map<string, number>, free: Free[]): void {
  const text = String.fromCharCode(...codes.subarray(positions[0], positions[0] + n));
  counts.set(text, positions.length);
  const right = groupByNext(codes, positions, n);
  if (n >= options.minLength && !FUNCTION_CHARS.has(text[0]) && !FUNCTION_CHARS.has(text[n - 1])) {
    const entropy = Math.min(right.entropy, leftEntropy(codes, positions));
    if (entropy >= options.minEntropy) free.push({ text, count: positions.length, entropy });
  }
  if (n >= options.maxLength) return;
  for (const longer of right.groups) if (longer.length >= options.minCount) grow(codes, longer, n + 1, options, counts, free);
}

/**
 * Positions grouped by the character at offset n (the next one), in code order, and the entropy of that
 * distribution; an edge counts as a neighbour of its own each time.
 */
function groupByNext(codes: Uint16Array, positions: Int32Array, n: number): { groups: Int32Array[]; entropy: number } {
  const buckets = new Map<number, number[]>();
  let edges = 0;
  for (const p of positions) {
    const next = codes[p + n];
    if (next === EDGE) {
      edges++;
      continue;
    }
    let bucket = buckets.get(next);
    if (!bucket) buckets.set(next, (bucket = []));
    bucket.push(p);
  }
  const sizes = [...buckets.values()].map((b) => b.length);
  const groups = [...buckets.entries()].sort((a, b) => a[0] - b[0]).map(([, b]) => Int32Array.from(b));
  return { groups, entropy: entropyOf(sizes, edges) };
}

function leftEntropy(codes: Uint16Array, positions: Int32Array): number {
  const counts = new Map<number, number>();
  let edges = 0;
  for (const p of positions) {
    const before = codes[p - 1];
    if (before === EDGE) edges++;
    else counts.set(before, (counts.get(before) ?? 0) + 1);
  }
  return entropyOf([...counts.values()], edges);
}

/** Entropy (nats) of a distribution plus `edges` outcomes seen once each. */
function entropyOf(sizes: number[], edges: number): number {
  let total = edges;
  for (const size of sizes) total += size;
  if (total === 0) return 0;
  let entropy = (edges / total) * Math.log(total);
  for (const size of sizes) entropy -= (size / total) * Math.log(size / total);
  return entropy;
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

/** Every occurrence of the found phrases, with its file and line, into the candidate set. */
function reportOccurrences(runs: readonly Run[], scores: Map<string, number>, into: CandidateSet): void {
  if (scores.size === 0) return;
  const builder = new AhoCorasickBuilder<string>();
  for (const phrase of [...scores.keys()].sort()) builder.add(phrase, phrase);
  const matcher = builder.build();
  for (const { text, file, line } of runs) {
    matcher.scan(text, 0, text.length, (_s, _e, phrase) => into.add('phrase', phrase, { file, line }, { score: scores.get(phrase) }));
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

/** The runs as one array of codes: EDGE, run, EDGE, run, …, EDGE. */
function codeArray(runs: readonly Run[]): Uint16Array {
  const codes = new Uint16Array(runs.reduce((n, r) => n + r.text.length + 1, 1));
  let at = 1;
  for (const { text } of runs) {
    for (let i = 0; i < text.length; i++) codes[at++] = text.charCodeAt(i);
    at++;
  }
  return codes;
}

/** Every position that holds a character (where an n-gram may start). */
function startPositions(codes: Uint16Array): Int32Array {
  const positions: number[] = [];
  for (let p = 0; p < codes.length; p++) if (codes[p] !== EDGE) positions.push(p);
  return Int32Array.from(positions);
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
