import type { ProseRun } from '../document';
import type { TermBase } from '../terminology';

const CROSSED = 1;
/** The longest term starting at a position is kept above the CROSSED bit. */
const LENGTH_SHIFT = 1;

/** The array behind the covers CanonicalCover.of or ofRuns made last. */
let shared = new Int32Array(1024);

/**
 * Where the canonical terms lie in a stretch of text, for telling in constant time whether a window
 * clashes with one: a canonical term that overlaps the window without lying strictly inside it, and
 * shorter, means the window's characters belong to correct words (强制执行, 制造业企业), so it is not a
 * typo. A shorter term inside (制造业 inside 做强制制造业) says nothing against it.
 *
 * In a large base most windows the near-miss index turns up are on or around its own terms as written,
 * and term/typo dropped them afterwards; knowing the clashes during the scan spares verifying them.
 * A cover may hold only some of the terms (the ones the near-miss scan came across, see emptyOfRuns):
 * it then tells fewer clashes, never a wrong one.
 */
export class CanonicalCover {
  /**
   * Per position p of [start, end], relative to start: CROSSED when a term starts before p and ends after
   * it, and the length of the longest term starting at p.
   */
  private readonly marks: Int32Array;

  /** `marks`: an array to use, at least end − start + 1 long and zero there; a new one when omitted. */
  constructor(
    private readonly start: number,
    end: number,
    marks?: Int32Array,
  ) {
    this.marks = marks ? marks.subarray(0, end - start + 1) : new Int32Array(end - start + 1);
  }

  /**
   * The canonical terms TermBase finds in text[start, end). Valid until the next call of of() or
   * ofRuns(): every cover made here shares one array, cleared as far as the call needs. A new array per
   * run was a fifth of the cover's time with a 20,000-entry base (1 MB: 8.0–8.5 → 6.3–6.5 ms).
   */
  static of(terms: TermBase, text: string, start: number, end: number): CanonicalCover {
    return new CanonicalCover(start, end, sharedCleared(end - start + 1)).addCanonical(terms, text, end);
  }

  /**
   * The covers of several stretches, as of() makes each, in one array (it grows to the longest document
   * seen, about twice the size of its text); valid until the next call of either. Made all before any is
   * used, they spare term/typo the cache misses of scanning the canonical automaton and the near-miss
   * index by turns: 1 MB with a 20,000-entry base, lint 79–81 → 68–72 ms (processes taking turns).
   */
  static ofRuns(terms: TermBase, text: string, runs: readonly ProseRun[]): CanonicalCover[] {
    return CanonicalCover.emptyOfRuns(runs).map((cover, k) => cover.addCanonical(terms, text, runs[k].end));
  }

  /**
   * Covers of the runs with no term in them yet, in the one array as ofRuns() makes them (valid as long):
   * for the near-miss scan to add the terms it comes across as written (see NearMissPatterns.scan).
   */
  static emptyOfRuns(runs: readonly ProseRun[]): CanonicalCover[] {
    let length = 0;
    for (const { start, end } of runs) length += end - start + 1;
    const marks = sharedCleared(length);
    let at = 0;
    return runs.map(({ start, end }) => new CanonicalCover(start, end, marks.subarray(at, (at += end - start + 1))));
  }

  /** Adds the canonical terms TermBase finds in the stretch, which ends at `end`. */
  private addCanonical(terms: TermBase, text: string, end: number): this {
    terms.eachLongestCanonical(text, this.start, end, (s, e) => this.add(s, e));
    return this;
  }

  /** A term at [s, e), inside the stretch. */
  add(s: number, e: number): void {
    const from = s - this.start;
    const to = e - this.start;
    if (to - from > this.marks[from] >> LENGTH_SHIFT) this.marks[from] = ((to - from) << LENGTH_SHIFT) | (this.marks[from] & CROSSED);
    for (let p = from + 1; p < to; p++) this.marks[p] |= CROSSED;
  }

  /** Does a term start before p and end after it? Outside the stretch: false. */
  crosses(p: number): boolean {
    const at = p - this.start;
    return at >= 0 && at < this.marks.length && (this.marks[at] & CROSSED) !== 0;
  }

  /**
   * Does a term overlap [from, to) without lying strictly inside it and being shorter? Such a term
   * crosses one of the window's edges, or starts with the window and is at least as long (one that ends
   * with it and is as long starts with it; longer, it crosses the start). A window reaching outside the
   * stretch is not judged (false).
   */
  clashes(from: number, to: number): boolean {
    const a = from - this.start;
    const e = to - this.start;
    if (a < 0 || e >= this.marks.length) return false;
    return (this.marks[a] & CROSSED) !== 0 || (this.marks[e] & CROSSED) !== 0 || this.marks[a] >> LENGTH_SHIFT >= e - a;
  }
}

/** The shared array, zero over its first `length` numbers. */
function sharedCleared(length: number): Int32Array {
  if (shared.length < length) shared = new Int32Array(Math.max(length, 2 * shared.length));
  else shared.fill(0, 0, length);
  return shared;
}
