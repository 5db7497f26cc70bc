import { IntMultiMap, IntMultiMapBuilder } from './intMultiMap';

/**
 * Windows of the text worth a closer look, found from a bigram at one of their ends: a table of values
 * keyed by the bigram, the window's length and its character at the other end. The text is read one
 * bigram at a time; `masks`, a bit per window length (modulo 32) for the bigrams in a bucket, says which
 * lengths to try, and `others`, the same bits per character at the other end, turns most of them away
 * before the table.
 */
export class BigramWindows {
  private constructor(
    private readonly masks: Int32Array,
    /** Per code unit: the lengths (modulo 32, as bits) of windows with it at the other end. */
    readonly others: Int32Array,
    readonly table: IntMultiMap,
    /** The lengths in use, grouped by length modulo 32: lengths[lengthsFrom[r], lengthsFrom[r + 1]), ascending. */
    readonly lengthsFrom: Int32Array,
    readonly lengths: Int32Array,
  ) {}

  /** The lengths (modulo 32) some window of this bigram's bucket has. */
  maskOf(bigram: number): number {
    return this.masks[bucketOf(bigram)];
  }

  /** The key for table.find(). */
  key(length: number, other: number): number {
    return (length << 16) | other;
  }

  /** Its arrays, for keeping it on disk; `restore` takes them back. */
  parts(): Int32Array[] {
    return [this.masks, this.others, this.lengthsFrom, this.lengths, ...this.table.parts()];
  }

  /** The windows `parts()` gave, or undefined when the arrays do not fit together. */
  static restore([masks, others, lengthsFrom, lengths, ...tableParts]: readonly Int32Array[]): BigramWindows | undefined {
    const table = IntMultiMap.restore(tableParts);
    const fits = masks?.length === BUCKETS && others?.length === 0x10000 && lengthsFrom?.length === 33 && lengths?.length === lengthsFrom[32];
    return table && fits ? new BigramWindows(masks, others, table, lengthsFrom, lengths) : undefined;
  }

  static builder(): BigramWindowsBuilder {
    return new BigramWindowsBuilder();
  }

  static from(masks: Int32Array, others: Int32Array, table: IntMultiMap, lengths: Set<number>): BigramWindows {
    const sorted = [...lengths].sort((a, b) => a - b);
    const lengthsFrom = new Int32Array(33);
    for (const length of sorted) lengthsFrom[(length & 31) + 1]++;
    for (let r = 0; r < 32; r++) lengthsFrom[r + 1] += lengthsFrom[r];
    const fill = lengthsFrom.slice(0, 32);
    const grouped = new Int32Array(sorted.length);
    for (const length of sorted) grouped[fill[length & 31]++] = length;
    return new BigramWindows(masks, others, table, lengthsFrom, grouped);
  }
}

export class BigramWindowsBuilder {
  private readonly masks = new Int32Array(BUCKETS);
  private readonly others = new Int32Array(0x10000);
  private readonly table = new IntMultiMapBuilder();
  private readonly lengths = new Set<number>();

  /** `bigram`: (first << 16) | second code unit. */
  add(bigram: number, length: number, other: number, value: number): void {
    this.masks[bucketOf(bigram)] |= 1 << (length & 31);
    this.others[other] |= 1 << (length & 31);
    this.table.add(bigram, (length << 16) | other, value);
    this.lengths.add(length);
  }

  /** `tagOf`: see IntMultiMap.build. */
  build(tagOf?: (values: Int32Array, from: number, to: number) => number): BigramWindows {
    return BigramWindows.from(this.masks, this.others, IntMultiMap.build(this.table, tagOf), this.lengths);
  }
}

/** 2^17 buckets (512 KB of masks): few enough to stay in cache, many enough that a bucket holds few bigrams. */
const BUCKET_BITS = 17;
const BUCKETS = 1 << BUCKET_BITS;

function bucketOf(bigram: number): number {
  return Math.imul(bigram, 0x9e3779b1) >>> (32 - BUCKET_BITS);
}
