import { IntMultiMap, IntMultiMapBuilder } from './intMultiMap';

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
    /**
     * Per unified Han character, from UNIFIED_HAN_FIRST (a window's characters are all of them): the
     * lengths (modulo 32, as bits) of windows with it at the other end.
     */
    readonly others: Int32Array,
    readonly table: IntMultiMap,
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
    const table = IntMultiMap.restore(tableParts);
    const fits =
      isBucketCount(bigramMasks?.length) &&
      trigramMasks?.length === bigramMasks.length &&
      others?.length === 0x10000 &&
      lengthsFrom?.length === 33 &&
      lengths?.length === lengthsFrom[32];
    return table && fits ? new BigramWindows(bigramMasks, trigramMasks, others, table, lengthsFrom, lengths) : undefined;
  }

  /** `windows`: about how many windows will be added, to size the mask tables by. */
  static builder(windows: number): BigramWindowsBuilder {
    return new BigramWindowsBuilder(windows);
  }

  static from(bigramMasks: Int32Array, trigramMasks: Int32Array, others: Int32Array, table: IntMultiMap, lengths: Set<number>): BigramWindows {
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
  private readonly shift: number;
  private readonly bigramMasks: Int32Array;
  private readonly trigramMasks: Int32Array;
  private readonly others = new Int32Array(0x10000);
  private readonly table = new IntMultiMapBuilder();
  private readonly lengths = new Set<number>();

  constructor(windows: number) {
    let bits = MIN_BUCKET_BITS;
    while (bits < MAX_BUCKET_BITS && 1 << bits < 2 * windows) bits++;
    this.shift = 32 - bits;
    this.bigramMasks = new Int32Array(1 << bits);
    this.trigramMasks = new Int32Array(1 << bits);
  }

  /**
   * `bigram`: (first << 16) | second code unit; `third`: the window's third character from the bigram's
   * end, or −1 when it is not known (a gap there).
   */
  add(bigram: number, length: number, other: number, third: number, value: number): void {
    if (third < 0) this.bigramMasks[bucketOf(bigram, this.shift)] |= 1 << (length & 31);
    else this.trigramMasks[trigramBucketOf(bigram, third, this.shift)] |= 1 << (length & 31);
    this.others[other] |= 1 << (length & 31);
    this.table.add(bigram, (length << 16) | other, value);
    this.lengths.add(length);
  }

  /** `tagOf`: see IntMultiMap.build. */
  build(tagOf?: (values: Int32Array, from: number, to: number) => number): BigramWindows {
    return BigramWindows.from(this.bigramMasks, this.trigramMasks, this.others, IntMultiMap.build(this.table, tagOf), this.lengths);
  }
}

/**
 * Mask tables have twice as many buckets as windows, so that a bucket holds few bigrams (trigrams), up to
 * 2^17 (512 KB each), few enough to stay in cache. The built-in base's take 2^14: its index file, read on
 * every run, is a megabyte smaller.
 */
const MIN_BUCKET_BITS = 10;
const MAX_BUCKET_BITS = 17;

function isBucketCount(length: number | undefined): boolean {
  return length !== undefined && length >= 1 << MIN_BUCKET_BITS && length <= 1 << MAX_BUCKET_BITS && (length & (length - 1)) === 0;
}

function bucketOf(bigram: number, shift: number): number {
  return Math.imul(bigram, 0x9e3779b1) >>> shift;
}

/** `third` beyond the text (NaN) counts as 0: the lengths asked for then never fit anyway. */
function trigramBucketOf(bigram: number, third: number, shift: number): number {
  return Math.imul(bigram ^ Math.imul(third, 0x85ebca6b), 0x9e3779b1) >>> shift;
}
