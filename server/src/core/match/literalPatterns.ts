import type { KeptArrays } from '../input/keptArrays';
import type { Items } from '../items';
import { writtenAt } from '../text/codeUnits';
import { AhoCorasick } from './ahoCorasick';
import { AhoCorasickBuilder } from './ahoCorasickBuilder';
import { IntKeyTable, IntMultiMap, IntMultiMapBuilder } from './intMultiMap';

/** The length of an anchor: patterns at least this long are found by one run of GRAM of their code units. */
export const GRAM = 4;
/** The size of the filter of anchors' ends: 128 KB, a few percent full with 20,000 anchors. */
const ENDS_LOG2 = 20;
const ENDS_BITS = 1 << ENDS_LOG2;

/**
 * Every occurrence of many literal patterns (a term base's wrong forms), reported as AhoCorasick.scan()
 * reports them, found another way. An automaton walks every character of the text, and for a large base
 * deep into a trie too big for the processor's caches: wrong forms are common phrases with a slip, so
 * their starts are common text. Here a pattern of GRAM or more code units is looked up by one run of GRAM
 * of them, its anchor, chosen where the pattern least looks like correct text: most often around the
 * slip. The scan looks up each run of GRAM code units of the text in a table of the anchors, whose bit
 * filter fits in the nearest caches, and compares the rare patterns found there with the text around.
 * Shorter patterns are left to an automaton of their own.
 */
export class LiteralPatterns<T> {
  private constructor(
    /** The anchors (two code units in each of its keys); a key's values are anchoredNumbers[from, to). */
    private readonly anchors: IntKeyTable,
    /** The numbers of the patterns with each anchor, in the anchors' values' order. */
    private readonly anchoredNumbers: Int32Array,
    /** Per pattern number: where its anchor starts in it, or −1 when it is shorter than GRAM (in `short`). */
    private readonly anchorAt: Int32Array,
    /** The patterns' code units, one after another: pattern k's are pool[starts[k], starts[k + 1]). */
    private readonly pool: Uint16Array,
    private readonly starts: Int32Array,
    /** The patterns shorter than GRAM, with their numbers as its items; undefined when there are none. */
    private readonly short: AhoCorasick<number> | undefined,
    /** A bit filter of the anchors' first and last code units together (see endsBit). */
    private readonly ends: Int32Array,
    private readonly items: Items<T>,
  ) {}

  /**
   * The patterns' matcher. `likelyText`: strings the texts to scan are likely to contain (the base's
   * canonical forms). A pattern's anchor is the run of it found least often in them; among those, the
   * one whose first and last code units are least often found there GRAM − 1 apart (what the scan's
   * first filter tests); then the one the fewest other patterns already have.
   */
  static build<T>(patterns: readonly { pattern: string; value: T }[], likelyText: readonly string[]): LiteralPatterns<T> {
    const inLikelyText = new Map<string, number>();
    const endsInLikelyText = new Map<number, number>();
    for (const text of likelyText) {
      for (let i = 0; i + GRAM <= text.length; i++) {
        increment(inLikelyText, text.slice(i, i + GRAM));
        increment(endsInLikelyText, endsBit(text.charCodeAt(i), text.charCodeAt(i + GRAM - 1)));
      }
    }
    const sharing = new Map<string, number>();
    const anchorAt = new Int32Array(patterns.length).fill(-1);
    const starts = new Int32Array(patterns.length + 1);
    for (let k = 0; k < patterns.length; k++) starts[k + 1] = starts[k] + patterns[k].pattern.length;
    const pool = new Uint16Array(starts[patterns.length]);
    const anchored = new IntMultiMapBuilder();
    const short = new AhoCorasickBuilder<number>();
    let shortCount = 0;
    const ends = new Int32Array(ENDS_BITS >>> 5);
    patterns.forEach(({ pattern }, k) => {
      for (let i = 0; i < pattern.length; i++) pool[starts[k] + i] = pattern.charCodeAt(i);
      if (pattern.length < GRAM) {
        short.add(pattern, k);
        shortCount++;
        return;
      }
      let best = 0;
      let bestCost = [Infinity];
      for (let i = 0; i + GRAM <= pattern.length; i++) {
        const gram = pattern.slice(i, i + GRAM);
        const endsKey = endsBit(gram.charCodeAt(0), gram.charCodeAt(GRAM - 1));
        const cost = [inLikelyText.get(gram) ?? 0, endsInLikelyText.get(endsKey) ?? 0, sharing.get(gram) ?? 0];
        if (lessThan(cost, bestCost)) [best, bestCost] = [i, cost];
      }
      increment(sharing, pattern.slice(best, best + GRAM));
      anchorAt[k] = best;
      const bit = endsBit(pool[starts[k] + best], pool[starts[k] + best + GRAM - 1]);
      ends[bit >>> 5] |= 1 << (bit & 31);
      anchored.add(keyOf(pool, starts[k] + best), keyOf(pool, starts[k] + best + 2), k);
    });
    const table = IntMultiMap.build(anchored);
    return new LiteralPatterns(table, table.values, anchorAt, pool, starts, shortCount > 0 ? short.build() : undefined, ends, patterns.map((p) => p.value));
  }

  /** Calls onMatch for every occurrence inside text[start, end): in order of match end, longer first, then in the order the patterns were given. */
  scan(text: string, start: number, end: number, onMatch: (matchStart: number, matchEnd: number, value: T) => void): void {
    const found: number[] = [];
    this.short?.scan(text, start, end, (s, e, k) => found.push(s, e, k));
    if (end - start >= GRAM) findAnchored(text, start, end, this.anchors, this.anchoredNumbers, this.anchorAt, this.pool, this.starts, this.ends, found);
    if (found.length > 0) this.report(found, onMatch);
  }

  /** Its arrays, for keeping it on disk; restore() takes them back with the same items. */
  parts(): KeptArrays {
    const short = this.short?.parts() ?? { int32: [], uint16: [], uint8: [] };
    return {
      int32: [Int32Array.of(short.int32.length), ...this.anchors.parts(), this.anchoredNumbers, this.anchorAt, this.starts, this.ends, ...short.int32],
      uint16: [this.pool, ...short.uint16],
      uint8: short.uint8,
    };
  }

  /**
   * The matcher parts() gave, matching `items` (the values given, in order), or undefined when the arrays
   * do not fit together or the items. As with the automata, only what costs little is checked.
   */
  static restore<T>({ int32, uint16: [pool, ...shortUint16], uint8 }: KeptArrays, items: Items<T>): LiteralPatterns<T> | undefined {
    const shortCount = int32[0]?.length === 1 ? int32[0][0] : -1;
    if (shortCount < 0 || int32.length !== 8 + shortCount || !pool) return undefined;
    const anchors = IntKeyTable.restore(int32.slice(1, 4));
    const [anchoredNumbers, anchorAt, starts, ends] = int32.slice(4, 8);
    if (!anchors || anchorAt.length !== items.length) return undefined;
    // The short patterns' automaton has their numbers as its items, in the order they were given.
    const shortNumbers = Array.from(anchorAt.keys()).filter((k) => anchorAt[k] < 0);
    const short = shortCount > 0 ? AhoCorasick.restore({ int32: int32.slice(8), uint16: shortUint16, uint8 }, shortNumbers) : undefined;
    const fits =
      anchoredNumbers.length === anchors.count &&
      starts.length === items.length + 1 &&
      starts[items.length] === pool.length &&
      ends.length === ENDS_BITS >>> 5 &&
      (shortCount === 0 || short !== undefined);
    return fits ? new LiteralPatterns(anchors, anchoredNumbers, anchorAt, pool, starts, short, ends, items) : undefined;
  }

  /** Reports what scan() found (triples of start, end and pattern number) in its order. */
  private report(found: number[], onMatch: (matchStart: number, matchEnd: number, value: T) => void): void {
    for (const at of inReportingOrder(found)) onMatch(found[at], found[at + 1], this.items.at(found[at + 2])!);
  }
}

/**
 * Pushes onto `found` the start, end and number of each pattern of LiteralPatterns' anchors that occurs in
 * text[start, end). A function of its own, given the arrays: written inside scan(), with the reporting, its
 * compiled code was thrown away again and again (V8's "wrong map") when the matchers of three bases took
 * turns, and the built-in base's scan of 1 MB took 3.2 ms instead of 1.2.
 */
function findAnchored(
  text: string,
  start: number,
  end: number,
  anchors: IntKeyTable,
  anchoredNumbers: Int32Array,
  anchorAt: Int32Array,
  pool: Uint16Array,
  starts: Int32Array,
  ends: Int32Array,
  found: number[],
): void {
  for (let i = start; i + GRAM <= end; i++) {
    // Most runs of the text start and end with two code units no anchor does.
    const a = text.charCodeAt(i);
    const d = text.charCodeAt(i + 3);
    const bit = endsBit(a, d);
    if ((ends[bit >>> 5] & (1 << (bit & 31))) === 0) continue;
    const slot = anchors.find((a << 16) | text.charCodeAt(i + 1), (text.charCodeAt(i + 2) << 16) | d);
    if (slot < 0) continue;
    for (let v = anchors.from(slot), to = anchors.to(slot); v < to; v++) {
      const k = anchoredNumbers[v];
      const s = i - anchorAt[k];
      const e = s + starts[k + 1] - starts[k];
      if (s >= start && e <= end && writtenAt(text, s, pool, starts[k], starts[k + 1])) found.push(s, e, k);
    }
  }
}

/** The offsets in `found` (triples of start, end and pattern number) in the order scan() reports them. */
function inReportingOrder(found: number[]): number[] {
  const offsets = Array.from({ length: found.length / 3 }, (_, m) => 3 * m);
  return offsets.sort((a, b) => found[a + 1] - found[b + 1] || found[b + 1] - found[b] - (found[a + 1] - found[a]) || found[a + 2] - found[b + 2]);
}

/** The filter bit of an anchor's first and last code units: the top bits of a multiplicative hash of both. */
function endsBit(first: number, last: number): number {
  return Math.imul(first | (last << 16), 0x9e3779b1) >>> (32 - ENDS_LOG2);
}

/** Is cost a before cost b, comparing their numbers in turn? */
function lessThan(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i];
  return false;
}

function increment<K>(counts: Map<K, number>, key: K): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** Two code units of `pool` from `at`, as one key. */
function keyOf(pool: Uint16Array, at: number): number {
  return (pool[at] << 16) | pool[at + 1];
}
