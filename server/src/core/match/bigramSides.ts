import { bucketOf } from './bigramWindows';

/**
 * Which of the near-miss tables (a bit for each side) have windows keyed by a bigram: one byte per hash
 * bucket, holding the bits of every bigram hashed there. With eight buckets or more per bigram, few
 * bigrams of a text that no window has land on a bucket in use; the larger tables behind it are then not
 * read. The text of a 2,000-term base has two bigrams in five that pass the per-character test and are in
 * no table; the buckets fit in the processor's nearest caches, the tables do not.
 */
export class BigramSides {
  private constructor(private readonly buckets: Uint8Array) {
    this.shift = 32 - Math.log2(buckets.length);
  }

  /** 32 − log2 of the number of buckets. */
  private readonly shift: number;

  /** The side bits of the bigram's bucket: those of the bigram, if any table has it, and of the others hashed there. */
  of(bigram: number): number {
    return this.buckets[bucketOf(bigram, this.shift)];
  }

  /** `sides`: per bigram ((first << 16) | second code unit), its side bits. */
  static build(sides: ReadonlyMap<number, number>): BigramSides {
    let bits = MIN_BUCKET_BITS;
    while (bits < MAX_BUCKET_BITS && 1 << bits < 8 * sides.size) bits++;
    const buckets = new Uint8Array(1 << bits);
    for (const [bigram, side] of sides) buckets[bucketOf(bigram, 32 - bits)] |= side;
    return new BigramSides(buckets);
  }

  /** Its array, for keeping it on disk; `restore` takes it back. */
  parts(): Uint8Array {
    return this.buckets;
  }

  /** The sides `parts()` gave, or undefined when the array cannot be one. */
  static restore(buckets: Uint8Array | undefined): BigramSides | undefined {
    const length = buckets?.length ?? 0;
    const fits = length >= 1 << MIN_BUCKET_BITS && length <= 1 << MAX_BUCKET_BITS && (length & (length - 1)) === 0;
    return fits ? new BigramSides(buckets!) : undefined;
  }
}

/** 1 KB for the smallest base; 128 KB at most, so that a large base's buckets stay near the processor. */
const MIN_BUCKET_BITS = 10;
const MAX_BUCKET_BITS = 17;
