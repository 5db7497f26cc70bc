import { grow, IntKeyTable, IntMultiMap, IntMultiMapBuilder } from './intMultiMap';

/**
 * Windows of the text worth a closer look, found from a bigram at one of their ends: a table of values
 * keyed by the bigram, the window's length and its character at the other end. The text is read one
 * bigram at a time. A bit per window length (modulo 32) says which lengths to try: per bigram, for
 * windows whose third character from that end is not known (a gap), and per trigram (the bigram and
 * that third character) for all others, which are most. Trigrams try half as many lengths as bigrams
 * did: a large base's terms begin and end with the bigrams of ordinary text (发展, 建设), which have
 * windows of every length. `others`, the same bits per character at the other end, turns away some more
 * before the table.
 */
export class BigramWindows {
  private constructor(
    private readonly bigramMasks: Int32Array,
    private readonly trigramMasks: Int32Array,
    /** Per code unit: the lengths (modulo 32, as bits) of windows with it at the other end. */
    readonly others: Int32Array,
    /** Ranges into the values' order: the order of the arrays its user keeps beside it (see NearMissPatterns). */
    readonly table: IntKeyTable,
    /** The lengths in use, grouped by length modulo 32: lengths[lengthsFrom[r], lengthsFrom[r + 1]), ascending. */
    readonly lengthsFrom: Int32Array,
    readonly lengths: Int32Array,
  ) {
    this.shift = 32 - Math.log2(bigramMasks.length);
  }

  /** 32 − log2 of the number of buckets of either mask table. */
  private readonly shift: number;

  /** The lengths (modulo 32) worth trying for this bigram, and `third`, the window's third character from the bigram's end. */
  maskOf(bigram: number, third: number): number {
    return this.bigramMasks[bucketOf(bigram, this.shift)] | this.trigramMasks[trigramBucketOf(bigram, third, this.shift)];
  }

  /** The key for table.find(). */
  key(length: number, other: number): number {
    return (length << 16) | other;
  }

  /** Its arrays, for keeping it on disk; `restore` takes them back. */
  parts(): Int32Array[] {
    return [this.bigramMasks, this.trigramMasks, this.others, this.lengthsFrom, this.lengths, ...this.table.parts()];
  }

  /** The windows `parts()` gave, or undefined when the arrays do not fit together. */
  static restore([bigramMasks, trigramMasks, others, lengthsFrom, lengths, ...tableParts]: readonly Int32Array[]): BigramWindows | undefined {
    const table = IntKeyTable.restore(tableParts);
    const fits =
      isBucketCount(bigramMasks?.length) &&
      trigramMasks?.length === bigramMasks.length &&
      others?.length === 0x10000 &&
      lengthsFrom?.length === 33 &&
      lengths?.length === lengthsFrom[32];
    return table && fits ? new BigramWindows(bigramMasks, trigramMasks, others, table, lengthsFrom, lengths) : undefined;
  }

  static builder(): BigramWindowsBuilder {
    return new BigramWindowsBuilder();
  }

  static from(bigramMasks: Int32Array, trigramMasks: Int32Array, others: Int32Array, table: IntKeyTable, lengths: Set<number>): BigramWindows {
    const sorted = [...lengths].sort((a, b) => a - b);
    const lengthsFrom = new Int32Array(33);
    for (const length of sorted) lengthsFrom[(length & 31) + 1]++;
    for (let r = 0; r < 32; r++) lengthsFrom[r + 1] += lengthsFrom[r];
    const fill = lengthsFrom.slice(0, 32);
    const grouped = new Int32Array(sorted.length);
    for (const length of sorted) grouped[fill[length & 31]++] = length;
    return new BigramWindows(bigramMasks, trigramMasks, others, table, lengthsFrom, grouped);
  }
}

export class BigramWindowsBuilder {
  private readonly others = new Int32Array(0x10000);
  private readonly table = new IntMultiMapBuilder();
  private readonly lengths = new Set<number>();
  /** Per window added, in the table's order: its third character from the bigram's end, or −1. */
  private thirds: Int32Array<ArrayBuffer> = new Int32Array(1024);

  /**
   * `bigram`: (first << 16) | second code unit; `third`: the window's third character from the bigram's
   * end, or −1 when it is not known (a gap there).
   */
  add(bigram: number, length: number, other: number, third: number, value: number): void {
    if (this.table.count === this.thirds.length) this.thirds = grow(this.thirds);
    this.thirds[this.table.count] = third;
    this.others[other] |= 1 << (length & 31);
    this.table.add(bigram, (length << 16) | other, value);
    this.lengths.add(length);
  }

  /** The windows, and the values added in the table's order; `tagOf`: see IntMultiMap.build. */
  build(tagOf?: (values: Int32Array, from: number, to: number) => number): { windows: BigramWindows; values: Int32Array } {
    const { count, keys1: bigrams, keys2 } = this.table;
    const thirds = this.thirds;
    // Each window's bucket in the largest tables; a smaller table's bucket is its top bits. Twice as many
    // buckets as bigrams and trigrams, counted as the buckets they fill there. (A CLI run builds this in
    // code not yet compiled: one hash per window, no call per window.)
    const largest = new Int32Array(count);
    const filled = new Uint8Array(1 << MAX_BUCKET_BITS);
    let keys = 0;
    for (let w = 0; w < count; w++) {
      const b = thirds[w] < 0 ? bucketOf(bigrams[w], 32 - MAX_BUCKET_BITS) : trigramBucketOf(bigrams[w], thirds[w], 32 - MAX_BUCKET_BITS);
      largest[w] = b;
      keys += 1 - filled[b];
      filled[b] = 1;
    }
    let bits = MIN_BUCKET_BITS;
    while (bits < MAX_BUCKET_BITS && 1 << bits < 2 * keys) bits++;
    const bigramMasks = new Int32Array(1 << bits);
    const trigramMasks = new Int32Array(1 << bits);
    for (let w = 0; w < count; w++) (thirds[w] < 0 ? bigramMasks : trigramMasks)[largest[w] >>> (MAX_BUCKET_BITS - bits)] |= 1 << ((keys2[w] >>> 16) & 31);
    const table = IntMultiMap.build(this.table, tagOf);
    return { windows: BigramWindows.from(bigramMasks, trigramMasks, this.others, table, this.lengths), values: table.values };
  }
}

/**
 * Mask tables have twice as many buckets as the base's bigrams and trigrams, so that a bucket holds few,
 * up to 2^17 (512 KB each), few enough to stay in cache: the index file, read on every run, is no larger
 * than the base needs (the built-in base's masks take 2^12 buckets).
 */
const MIN_BUCKET_BITS = 10;
const MAX_BUCKET_BITS = 17;

function isBucketCount(length: number | undefined): boolean {
  return length !== undefined && length >= 1 << MIN_BUCKET_BITS && length <= 1 << MAX_BUCKET_BITS && (length & (length - 1)) === 0;
}

/** A bigram's bucket in a table of 2^(32 − shift) buckets. */
export function bucketOf(bigram: number, shift: number): number {
  return Math.imul(bigram, 0x9e3779b1) >>> shift;
}

/** `third` beyond the text (NaN) counts as 0: the lengths asked for then never fit anyway. */
function trigramBucketOf(bigram: number, third: number, shift: number): number {
  return Math.imul(bigram ^ Math.imul(third, 0x85ebca6b), 0x9e3779b1) >>> shift;
}
