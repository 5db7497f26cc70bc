import type { KeptArrays } from '../input/keptArrays';
import type { Items } from '../items';
import type { TermEntry } from '../terminology';
import { isAllUnifiedHan, isUnifiedHanCode } from '../text/chars';
import { startsWithCodeUnits, writtenAt } from '../text/codeUnits';
import { lastAtOrBefore } from '../text/sorted';
import { BigramSides } from './bigramSides';
import { BigramWindows } from './bigramWindows';
import type { CanonicalCover } from './canonicalCover';
import { type IntKeyTable, IntMultiMap, IntMultiMapBuilder } from './intMultiMap';
import { soundAlike } from './pinyin';


/** Terms shorter than this are too often a part of ordinary words; measured on the corpus and clean text. */
export const MIN_TERM_LENGTH = 4;
/** A record's positions and lengths take 9 bits each in its fields (see recordFields); no term comes near. */
const MAX_TERM_LENGTH = 500;
/** Where a term's characters start in `pool` takes 23 bits of a record's fields: terms beyond are not indexed (a million or so). */
const MAX_POOL = 1 << 23;


/** Particles and conjunctions that ordinary text puts between the parts of a term (创新驱动的发展). */
export const FUNCTION_CHARS = new Set('的地得之和与及或并且而是在于对把被将从向以为了着过也都就又还再更很最不没个');

export const KINDS = ['duplicate', 'missing', 'swapped', 'extra', 'soundAlike'] as const;
const STARTING = 1;
const ENDING = 2;
/** Numbers per record in NearMissPatterns' startingFields and endingFields (see recordFields). */
const FIELDS = 2;
const DUPLICATE = 0;
const MISSING = 1;
const SWAPPED = 2;
const EXTRA = 3;
const SOUND_ALIKE = 4;
/**
 * A record's window, from its inner window [q, q + inner): the same (INNER), one character more on the
 * left (a gap at its start) or on the right (a gap at its end). A key's tag has a bit for each shape
 * its records have, so that a scan can tell whether any of its windows is worth verifying.
 */
const INNER = 1;
const GAP_FIRST = 2;
const GAP_LAST = 4;

/**
 * Every near miss of every eligible term, as a pattern over a window of the text: a whole string (a
 * doubled, missing or swapped character), or the term with a gap where a character is inserted or
 * replaced, checked by kind rather than by value. A pattern is a record, numbered in the order the
 * matcher this one replaced added its patterns (see nearMiss.ts), in parallel arrays.
 *
 * A pattern is found by its inner window: the window, less the gap when the gap is at an edge, so that
 * both of its ends are known characters. `starting` keys the records by the bigram that starts the inner
 * window, its length and its last character; `ending`, for a gap at the inner window's second character,
 * by the bigram that ends it, its length and its first character. Both ends are needed: one word of a
 * term is not enough, as 发展 of 发展战略 turns up nearly everywhere in the text of a large base. A record
 * found is verified character by character, the gap first: most windows found are the term itself.
 */
export class NearMissPatterns {
  private constructor(
    /** The eligible terms (see eligibleTerms()), each made when first asked for when read back from disk. */
    private readonly terms: Items<TermEntry>,
    /** The eligible terms' characters, one after another. */
    private readonly pool: Uint16Array,
    private readonly starting: BigramWindows,
    private readonly ending: BigramWindows,
    /**
     * Per code unit: can it be the first (second) character of a bigram in `starting` (STARTING) or
     * `ending` (ENDING)? Most bigrams of a text fail on these small arrays before the larger tables.
     */
    private readonly firsts: Uint8Array,
    private readonly seconds: Uint8Array,
    /** Then, by the bigram: the tables that may have it (see BigramSides). */
    private readonly bigramSides: BigramSides,
    /**
     * Per value of `starting` (`ending`), its record's FIELDS numbers (see recordFields()): its kind, the
     * term's character position it is about, the term's character that decides most windows (see
     * decisive()), its window's length and where its term's characters start in `pool`. In the order of
     * the tables' values, not of the records: a key's records are then one stretch of memory, as
     * verifying them in a large base was bound by cache misses. Two numbers, not five: a large base's
     * index is read from disk on every CLI run.
     */
    private readonly startingFields: Int32Array,
    private readonly endingFields: Int32Array,
    /** Where each term's characters start in `pool`, ascending: the term of a record is found from its offset. */
    private readonly termStarts: Int32Array,
  ) {}

  /**
   * The records (their rows) of a gapped pattern's group in the old matcher — its anchor's text (the longer side of
   * the gap), kind, side and the other side's length — keyed by the anchor's hash and the rest; see groupRank().
   */
  private groups?: IntMultiMap;

  static build(termEntries: readonly TermEntry[]): NearMissPatterns {
    const eligible = eligibleTerms(termEntries);
    // A term of n characters has at most 5n − 6 records.
    const chars = charsOf(eligible);
    const fields = new Int32Array(FIELDS * (5 * chars));
    const pool = new Uint16Array(chars);
    const firsts = new Uint8Array(0x10000);
    const seconds = new Uint8Array(0x10000);
    const sides = new Map<number, number>();
    const starting = BigramWindows.builder();
    const ending = BigramWindows.builder();
    let count = 0;
    let offset = 0;
    let term = 0;
    const add = (e: string, kind: number, position: number, window: number, gap: number) => {
      const r = count++;
      const decidingChar = gap >= 0 ? e.charCodeAt(gap) : charAt(e, kind, position, gap, decisive(kind, position));
      recordFields(fields, FIELDS * r, kind, position, decidingChar, window, offset);
      const innerFirst = gap === 0 ? 1 : 0;
      const innerLast = gap === window - 1 ? window - 2 : window - 1;
      const inner = innerLast - innerFirst + 1;
      // By a trigram at the start of the inner window when its first three characters are known, else
      // at its end when its last three are; else by a bigram, at the start unless the gap is second.
      const g = gap - innerFirst;
      const startsKnown = g !== 1 && g !== 2;
      const endsKnown = g !== inner - 2 && g !== inner - 3;
      const byEnd = !startsKnown && (endsKnown || g === 1);
      const bigramAt = byEnd ? innerLast - 1 : innerFirst;
      const first = charAt(e, kind, position, gap, bigramAt);
      const second = charAt(e, kind, position, gap, bigramAt + 1);
      const other = charAt(e, kind, position, gap, byEnd ? innerFirst : innerLast);
      const third = (byEnd ? endsKnown : startsKnown) ? charAt(e, kind, position, gap, byEnd ? innerLast - 2 : innerFirst + 2) : -1;
      const bigram = (first << 16) | second;
      (byEnd ? ending : starting).add(bigram, inner, other, third, r);
      sides.set(bigram, (sides.get(bigram) ?? 0) | (byEnd ? ENDING : STARTING));
      firsts[first] |= byEnd ? ENDING : STARTING;
      seconds[second] |= byEnd ? ENDING : STARTING;
    };

    for (; term < eligible.length; term++) {
      const e = eligible[term].expected;
      const n = e.length;
      for (let i = 0; i < n; i++) pool[offset + i] = e.charCodeAt(i);
      // In the order the old matcher added them.
      for (let i = 1; i < n - 1; i++) {
        add(e, DUPLICATE, i, n + 1, -1);
        add(e, MISSING, i, n - 1, -1);
      }
      for (let i = 0; i < n - 1; i++) if (e[i] !== e[i + 1]) add(e, SWAPPED, i, n, -1);
      for (let i = 0; i < n; i++) add(e, SOUND_ALIKE, i, n, i);
      for (let i = 1; i < n; i++) add(e, EXTRA, i, n + 1, i);
      offset += n;
    }

    const shapesOf = (values: Int32Array, from: number, to: number) => {
      let shapes = 0;
      for (let v = from; v < to; v++) shapes |= shapeOf(gapOf(fields[FIELDS * values[v]]), windowOf(fields[FIELDS * values[v] + 1]));
      return shapes;
    };
    const startingBuilt = starting.build(shapesOf);
    const endingBuilt = ending.build(shapesOf);
    const termStarts = new Int32Array(eligible.length);
    for (let t = 0, at = 0; t < eligible.length; at += eligible[t++].expected.length) termStarts[t] = at;
    return new NearMissPatterns(
      eligible,
      pool,
      startingBuilt.windows,
      endingBuilt.windows,
      firsts,
      seconds,
      BigramSides.build(sides),
      inOrder(fields, startingBuilt.values),
      inOrder(fields, endingBuilt.values),
      termStarts,
    );
  }

  /** Its arrays, for keeping it on disk (see nearMissIndexCache.ts); `restore` takes them back. */
  parts(): KeptArrays {
    const starting = this.starting.parts();
    return {
      int32: [Int32Array.of(starting.length), ...starting, ...this.ending.parts(), this.startingFields, this.endingFields, this.termStarts],
      uint16: [this.pool],
      uint8: [this.firsts, this.seconds, this.bigramSides.parts()],
    };
  }

  /**
   * The patterns `parts()` gave for the same terms, or undefined when the arrays do not fit them.
   * `eligible`: the terms as eligibleTerms() gives them. It checks what costs little (the arrays' lengths,
   * the first and last term's characters where the kept starts put them); their contents are trusted as
   * much as the folder they were kept in, under a key that stands for the terms (see
   * nearMissIndexCache.ts): comparing every term's characters took a 20,000-term base's CLI run 2 ms, and
   * reading every term back from disk more (see load.ts).
   */
  static restore(eligible: Items<TermEntry>, { int32, uint16: [pool], uint8: [firsts, seconds, sideBuckets] }: KeptArrays): NearMissPatterns | undefined {
    const startingCount = int32[0]?.length === 1 ? int32[0][0] : -1;
    if (startingCount < 0 || int32.length < 1 + startingCount + 3 || !pool) return undefined;
    const starting = BigramWindows.restore(int32.slice(1, 1 + startingCount));
    const ending = BigramWindows.restore(int32.slice(1 + startingCount, -3));
    const [startingFields, endingFields, termStarts] = int32.slice(-3);
    const bigramSides = BigramSides.restore(sideBuckets);
    if (!starting || !ending || !bigramSides || firsts?.length !== 0x10000 || seconds?.length !== 0x10000) return undefined;
    const fits = startingFields.length === FIELDS * starting.table.count && endingFields.length === FIELDS * ending.table.count;
    if (!fits || termStarts.length !== eligible.length) return undefined;
    const first = eligible.at(0)?.expected ?? '';
    const last = eligible.at(eligible.length - 1)?.expected ?? '';
    if (eligible.length > 0 && (termStarts[0] !== 0 || termStarts[eligible.length - 1] + last.length !== pool.length)) return undefined;
    if (!startsWithCodeUnits(pool, 0, first) || !startsWithCodeUnits(pool, pool.length - last.length, last)) return undefined;
    return new NearMissPatterns(eligible, pool, starting, ending, firsts, seconds, bigramSides, startingFields, endingFields, termStarts);
  }

  /**
   * The methods below take a record by its row: where its fields are, its value's index in `starting`,
   * or −1 − the index in `ending`. The scan reports rows, so that a record found is read without a
   * table from records to rows: that took a large base's CLI run 11 ms to build.
   */

  /**
   * The record's number (see the class comment): the order the old matcher reported ties in. Worked out
   * from the record's term, kind and position as build() numbers them, rather than kept (a tenth of a
   * large base's index file).
   */
  record(row: number): number {
    const term = this.termOf(row);
    return this.firstRecords[term] + this.recordsBefore(term, this.kind(row), this.at(row));
  }

  /**
   * How many records build() adds for the term before its record of `kind` about position `at`: a term's
   * doubled and missing characters in turns, then its swaps, sound-alikes and extras. With EXTRA and the
   * term's length, past its last record: how many it has.
   */
  private recordsBefore(term: number, kind: number, at: number): number {
    const start = this.termStarts[term];
    const n = this.termLength(term);
    if (kind === DUPLICATE) return 2 * (at - 1);
    if (kind === MISSING) return 2 * (at - 1) + 1;
    if (kind === SWAPPED) return 2 * (n - 2) + this.swapsIn(start, at);
    const swaps = this.swapsIn(start, n - 1);
    return kind === SOUND_ALIKE ? 2 * (n - 2) + swaps + at : 2 * (n - 2) + swaps + n + at - 1;
  }

  /** The number of each term's first record, made when first asked for: only candidates that tie need it (see nearMiss.ts). */
  private get firstRecords(): Int32Array {
    if (!this.firstRecordNumbers) {
      const numbers = new Int32Array(this.terms.length);
      let next = 0;
      for (let term = 0; term < this.terms.length; term++) {
        numbers[term] = next;
        next += this.recordsBefore(term, EXTRA, this.termLength(term));
      }
      this.firstRecordNumbers = numbers;
    }
    return this.firstRecordNumbers;
  }

  private firstRecordNumbers?: Int32Array;

  /** How many swaps build() adds for the first `count` character pairs of the term at `start` in `pool`: pairs of two different characters. */
  private swapsIn(start: number, count: number): number {
    let swaps = 0;
    for (let i = start; i < start + count; i++) if (this.pool[i] !== this.pool[i + 1]) swaps++;
    return swaps;
  }

  /** The number (in `terms`) of the term a record is a near miss of: the last whose characters start at or before the record's. */
  private termOf(row: number): number {
    return lastAtOrBefore(this.termStarts, offsetOf(this.field(row, 1)));
  }

  /** The number of characters of the term numbered `term`, from where it and the next start in `pool`. */
  private termLength(term: number): number {
    return (term + 1 < this.termStarts.length ? this.termStarts[term + 1] : this.pool.length) - this.termStarts[term];
  }

  /** The term a record is a near miss of. */
  entry(row: number): TermEntry {
    return this.terms.at(this.termOf(row))!;
  }

  gap(row: number): number {
    return gapOf(this.field(row, 0));
  }

  windowLength(row: number): number {
    return windowOf(this.field(row, 1));
  }

  kind(row: number): number {
    return kindOf(this.field(row, 0));
  }

  /** The term's character position the pattern is about (the doubled, missing, first swapped, … one). */
  private at(row: number): number {
    return atOf(this.field(row, 0));
  }

  /** A record's field f (see startingFields). */
  private field(row: number, f: number): number {
    return row >= 0 ? this.startingFields[FIELDS * row + f] : this.endingFields[FIELDS * (-1 - row) + f];
  }

  /**
   * Calls found(row, windowStart) for every pattern matched inside text[start, end). With `cover`
   * (canonical terms of text[start, end)), windows that clash with one of its terms are left out. With
   * `growCover` too, the cover starts with none or some of the terms, and the scan adds each term it
   * comes across as written (see verifyAll): windows after it that clash with it are then left out.
   */
  scan(text: string, start: number, end: number, found: (row: number, from: number) => void, cover?: CanonicalCover, growCover = false): void {
    const { starting, ending, firsts, seconds, bigramSides } = this;
    // In locals: the loops below run a few million times on the text of a large base.
    const { lengthsFrom: startingFrom, lengths: startingLengths, others: startingOthers } = starting;
    const { lengthsFrom: endingFrom, lengths: endingLengths, others: endingOthers } = ending;
    // Every character of a window that can match is Han (a term's, or a Han one in its gap): windows
    // reaching past the run of Han characters around i are not tried. [hanStart, hanEnd) is that run.
    let hanStart = start;
    let hanEnd = start;
    let second = text.charCodeAt(start);
    for (let i = start; i + 1 < end; i++) {
      const first = second;
      second = text.charCodeAt(i + 1);
      if ((firsts[first] & seconds[second]) === 0) continue;
      const bigram = (first << 16) | second;
      const tables = bigramSides.of(bigram);
      if (tables === 0) continue;
      if (i >= hanEnd) {
        // A bigram of the tables is two Han characters: i starts or lies in a new run.
        for (hanStart = i; hanStart > start && isUnifiedHanCode(text.charCodeAt(hanStart - 1)); hanStart--);
        for (hanEnd = i + 2; hanEnd < end && isUnifiedHanCode(text.charCodeAt(hanEnd)); hanEnd++);
      }
      // Every window of a side clashes, whatever its length, when a canonical term crosses where it would
      // start (starting windows: i - 1 and i) or end (ending windows: i + 2, as each is its own inner
      // window): that side is not tried. On a large base's own terms as written, that is most positions.
      const skipStarting = cover !== undefined && cover.crosses(i) && cover.crosses(i - 1);
      const skipEnding = cover !== undefined && cover.crosses(i + 2);
      const startingMask = tables & STARTING && !skipStarting ? starting.maskOf(bigram, text.charCodeAt(i + 2)) & lengthsUpTo(hanEnd - i) : 0;
      const endingMask = tables & ENDING && !skipEnding ? ending.maskOf(bigram, text.charCodeAt(i - 1)) & lengthsUpTo(i + 2 - hanStart) : 0;
      // Inner windows that start with the bigram, then those that end with it.
      for (let bits = startingMask; bits !== 0; bits &= bits - 1) {
        const bit = bits & -bits;
        const residue = 31 - Math.clz32(bit);
        for (let j = startingFrom[residue], to = startingFrom[residue + 1]; j < to; j++) {
          const inner = startingLengths[j];
          if (i + inner > hanEnd) break;
          const other = text.charCodeAt(i + inner - 1);
          if ((startingOthers[other] & bit) === 0) continue;
          const key = starting.table.find(bigram, starting.key(inner, other));
          if (key >= 0 && !(cover && allClash(cover, starting.table.tag(key), i, inner))) this.verifyAll(starting.table, this.startingFields, false, key, text, start, end, i, found, cover, growCover);
        }
      }
      for (let bits = endingMask; bits !== 0; bits &= bits - 1) {
        const bit = bits & -bits;
        const residue = 31 - Math.clz32(bit);
        for (let j = endingFrom[residue], to = endingFrom[residue + 1]; j < to; j++) {
          const inner = endingLengths[j];
          const q = i + 2 - inner;
          if (q < hanStart) break;
          const other = text.charCodeAt(q);
          if ((endingOthers[other] & bit) === 0) continue;
          const key = ending.table.find(bigram, ending.key(inner, other));
          if (key >= 0 && !(cover && allClash(cover, ending.table.tag(key), q, inner))) this.verifyAll(ending.table, this.endingFields, true, key, text, start, end, q, found, cover, growCover);
        }
      }
    }
  }

  /**
   * Verifies the records under `key`, whose inner windows start at q; `ending`: the table is `ending`.
   * A term written as is matches its sound-alike with the gap last everywhere but in the gap, and that
   * record is keyed where the term starts: with `growCover`, such a window found whole is a term as
   * written, and goes into the cover before the scan reaches the windows inside it. On the benchmark's
   * 1 MB draft that leaves 18,667 records of 98,157 to verify with the built-in base and 43,294 of
   * 150,164 at ×10 (see BENCHMARKS.md for the time).
   */
  private verifyAll(
    table: IntKeyTable,
    fields: Int32Array,
    ending: boolean,
    key: number,
    text: string,
    start: number,
    end: number,
    q: number,
    found: (row: number, from: number) => void,
    cover: CanonicalCover | undefined,
    growCover: boolean,
  ): void {
    for (let v = table.from(key), to = table.to(key); v < to; v++) {
      const about = fields[FIELDS * v];
      const where = fields[FIELDS * v + 1];
      const gap = gapOf(about);
      const from = gap === 0 ? q - 1 : q;
      const window = windowOf(where);
      if (from < start || from + window > end) continue;
      // Only a sound-alike has its gap last; with the term's own character there it is no near miss.
      if (growCover && gap === window - 1 && text.charCodeAt(from + gap) === (about & 0xffff)) {
        const offset = offsetOf(where);
        if (writtenAt(text, from, this.pool, offset, offset + window)) cover!.add(from, from + window);
        continue;
      }
      if (this.matches(text, from, gap, window, about, offsetOf(where)) && !cover?.clashes(from, from + window)) found(ending ? -1 - v : v, from);
    }
  }

  /** Does a pattern (`about`: its first field; the rest as verifyAll reads them) match the window at `from`, its gap character included? */
  private matches(text: string, from: number, gap: number, window: number, about: number, offset: number): boolean {
    const pool = this.pool;
    const kind = kindOf(about);
    const decidingChar = about & 0xffff;
    if (gap < 0) {
      const at = atOf(about);
      if (text.charCodeAt(from + decisive(kind, at)) !== decidingChar) return false;
      for (let j = window - 1; j >= 0; j--) if (text.charCodeAt(from + j) !== pool[offset + termIndexOf(kind, at, j)]) return false;
      return true;
    }
    // The gap character first: in the text of a large base, most windows found are the term itself.
    const code = text.charCodeAt(from + gap);
    if (code === decidingChar || !isUnifiedHanCode(code)) return false;
    for (let j = 0; j < gap; j++) if (text.charCodeAt(from + j) !== pool[offset + j]) return false;
    const shift = kind === SOUND_ALIKE ? 0 : 1;
    for (let j = gap + 1; j < window; j++) if (text.charCodeAt(from + j) !== pool[offset + j - shift]) return false;
    if (kind === SOUND_ALIKE) return soundAlike(code, pool[offset + gap]);
    return !FUNCTION_CHARS.has(text[from + gap]) && code !== pool[offset + gap - 1];
  }

  /** The characters concerned, as NearMiss.char has them, for the record found at `from`. */
  charsOf(text: string, row: number, from: number): string {
    const e = this.entry(row).expected;
    const at = this.at(row);
    switch (this.kind(row)) {
      case SWAPPED:
        return e[at] + e[at + 1];
      case SOUND_ALIKE:
        return text[from + at] + e[at];
      case EXTRA:
        return text[from + at];
      default:
        return e[at];
    }
  }

  /**
   * Where the old matcher reported a record found at `from`: it found a gapped pattern by its anchor, the
   * longer side of the gap, and reported it at the anchor's end; it found a whole string as it is.
   */
  reportedAt(row: number, from: number): { end: number; length: number } {
    const window = this.windowLength(row);
    const gap = this.gap(row);
    if (gap < 0) return { end: from + window, length: window };
    return anchoredLeft(window, gap) ? { end: from + gap, length: gap } : { end: from + window, length: window - gap - 1 };
  }

  /** When the old matcher added a gapped record's group: with its first record of the same anchor text (its number). */
  groupRank(row: number): number {
    const e = this.entry(row).expected;
    const kind = this.kind(row);
    const window = this.windowLength(row);
    const gap = this.gap(row);
    const [from, to] = anchorOf(e, kind, window, gap);
    const groups = (this.groups ??= this.groupsOfRecords());
    const key = groups.find(hashOf(e, from, to), groupShape(kind, window, gap));
    for (let v = groups.from(key); v < groups.to(key); v++) {
      const other = groups.values[v];
      const o = this.entry(other).expected;
      const [oFrom, oTo] = anchorOf(o, this.kind(other), this.windowLength(other), this.gap(other));
      // Different anchors may share a hash, if rarely: the first record with the same text decides.
      if (oTo - oFrom === to - from && o.startsWith(e.slice(from, to), oFrom)) return this.record(other);
    }
    return this.record(row);
  }
  /** Built when candidates first tie: most texts have none, and a large base's table takes a while. */
  private groupsOfRecords(): IntMultiMap {
    // Records added in their numbers' order, so that a group's first value is its first record.
    const rows = new Int32Array(this.starting.table.count + this.ending.table.count);
    for (let v = 0; v < this.starting.table.count; v++) rows[this.record(v)] = v;
    for (let v = 0; v < this.ending.table.count; v++) rows[this.record(-1 - v)] = -1 - v;
    const groups = new IntMultiMapBuilder();
    for (const row of rows) {
      const gap = this.gap(row);
      if (gap < 0) continue;
      const e = this.entry(row).expected;
      const [from, to] = anchorOf(e, this.kind(row), this.windowLength(row), gap);
      groups.add(hashOf(e, from, to), groupShape(this.kind(row), this.windowLength(row), gap), row);
    }
    return IntMultiMap.build(groups);
  }

}

/**
 * The terms NearMissPatterns has patterns for: long enough, all Han, and not turned off with `typo: false`,
 * as many as MAX_POOL characters hold.
 */
export function eligibleTerms(termEntries: readonly TermEntry[]): TermEntry[] {
  return Array.from(eligibleNumbers(termEntries), (n) => termEntries[n]);
}

/** Where eligibleTerms() are in `termEntries`: kept with the index, so that a CLI run does not test 20,000 terms' characters (5 ms). */
export function eligibleNumbers(termEntries: readonly TermEntry[]): Int32Array {
  const numbers: number[] = [];
  let chars = 0;
  termEntries.forEach((entry, i) => isEligible(entry) && (chars += entry.expected.length) <= MAX_POOL && numbers.push(i));
  return Int32Array.from(numbers);
}

/** How many characters the terms have together. */
function charsOf(terms: readonly TermEntry[]): number {
  let chars = 0;
  for (let t = 0; t < terms.length; t++) chars += terms[t].expected.length;
  return chars;
}

function isEligible(entry: TermEntry): boolean {
  return entry.typo !== false && entry.expected.length >= MIN_TERM_LENGTH && entry.expected.length <= MAX_TERM_LENGTH && isAllUnifiedHan(entry.expected);
}



/** Records' fields in the order of a table's values. */
function inOrder(fields: Int32Array, records: Int32Array): Int32Array {
  const ordered = new Int32Array(FIELDS * records.length);
  for (let v = 0; v < records.length; v++) for (let f = 0; f < FIELDS; f++) ordered[FIELDS * v + f] = fields[FIELDS * records[v] + f];
  return ordered;
}

/**
 * Writes a record's two fields at fields[i]: the character that decides most windows (16 bits), its kind
 * (3) and the term's character position it is about (9: the doubled, missing, first swapped, … one); its
 * window's length (9) above where its term's characters start in `pool` (23). The gap, where a sound-alike
 * or an extra character goes, is that position; other kinds have none.
 */
function recordFields(fields: Int32Array, i: number, kind: number, at: number, decidingChar: number, window: number, offset: number): void {
  fields[i] = decidingChar | (kind << 16) | (at << 19);
  fields[i + 1] = offset | (window << 23);
}

function kindOf(about: number): number {
  return (about >> 16) & 7;
}

function atOf(about: number): number {
  return about >>> 19;
}

/** The gap's position in the window, or −1 for a whole string. */
function gapOf(about: number): number {
  const kind = kindOf(about);
  return kind === EXTRA || kind === SOUND_ALIKE ? atOf(about) : -1;
}

function windowOf(where: number): number {
  return where >>> 23;
}

function offsetOf(where: number): number {
  return where & (MAX_POOL - 1);
}

/** The shape of a record's window (see INNER), from its gap and length. */
function shapeOf(gap: number, window: number): number {
  return gap === 0 ? GAP_FIRST : gap === window - 1 ? GAP_LAST : INNER;
}

/** Does every window a key's records can have (its tag's shapes), from the inner window [q, q + inner), clash with a canonical term? */
function allClash(cover: CanonicalCover, shapes: number, q: number, inner: number): boolean {
  if ((shapes & INNER) !== 0 && !cover.clashes(q, q + inner)) return false;
  if ((shapes & GAP_FIRST) !== 0 && !cover.clashes(q - 1, q + inner)) return false;
  return (shapes & GAP_LAST) === 0 || cover.clashes(q, q + inner + 1);
}

/** The bits of a length mask (lengths modulo 32) that lengths up to `limit` can have. */
function lengthsUpTo(limit: number): number {
  return limit < 31 ? (2 << limit) - 1 : -1;
}

/** The j-th character (code unit) of a record's window; j is not the gap. */
function charAt(e: string, kind: number, at: number, gap: number, j: number): number {
  return e.charCodeAt(gap >= 0 ? (j < gap || kind === SOUND_ALIKE ? j : j - 1) : termIndexOf(kind, at, j));
}

/**
 * The position in a whole near-miss string where a window that is not it most likely differs: the edit.
 * Checked first, from the record's fields, most windows are turned away without reading the term.
 */
function decisive(kind: number, at: number): number {
  return kind === DUPLICATE ? at + 1 : at;
}

/** Where the j-th character of a whole near-miss string (doubled, missing or swapped at `at`) is in the term. */
function termIndexOf(kind: number, at: number, j: number): number {
  if (kind === DUPLICATE) return j <= at ? j : j - 1;
  if (kind === MISSING) return j < at ? j : j + 1;
  return j === at ? at + 1 : j === at + 1 ? at : j;
}

/** A gapped pattern's anchor is its longer side: the left one when at least as long. */
function anchoredLeft(windowLength: number, gap: number): boolean {
  return gap >= windowLength - gap - 1;
}

/** The shape of a gapped record's group, besides the anchor's text. */
function groupShape(kind: number, windowLength: number, gap: number): number {
  const left = anchoredLeft(windowLength, gap);
  const otherLength = left ? windowLength - gap - 1 : gap;
  return (otherLength << 4) | (kind << 1) | (left ? 1 : 0);
}

/** The anchor of a gapped record: [from, to) in its term. */
function anchorOf(e: string, kind: number, windowLength: number, gap: number): [number, number] {
  if (anchoredLeft(windowLength, gap)) return [0, gap];
  return [kind === SOUND_ALIKE ? gap + 1 : gap, e.length];
}

/** A polynomial hash of text[from, to) modulo 2^32, for grouping anchors by their text. */
function hashOf(text: string, from: number, to: number): number {
  let hash = 0;
  for (let i = from; i < to; i++) hash = (Math.imul(hash, 0x01000193) + text.charCodeAt(i)) | 0;
  return hash;
}
