import type { KeptArrays } from '../input/keptArrays';
import { KeptArraysStore } from '../input/keptArraysStore';
import type { TermEntry } from '../terminology';
import { eligibleTerms, NearMissPatterns } from './nearMissPatterns';

/**
 * The near-miss index of a term base, kept on disk under the base's content key (see contentKey.ts). A
 * CLI run builds it with code not yet compiled by the JIT: ~40 ms for a 2,000-term base, ~180 ms for
 * 20,000, a fifth of a run on a short draft; reading it back takes a few milliseconds (even a run with the
 * built-in base is 5–10 ms shorter).
 */
const indexes = new KeptArraysStore('nearmiss', { layout: 6, kept: 4 });

export function keepNearMissIndexesIn(dir: string | undefined): void {
  indexes.keepIn(dir);
}

/** `key`: the content key of the files the base's entries were merged from. */
export function nearMissPatternsFor(termEntries: readonly TermEntry[], key: () => string): NearMissPatterns {
  const eligible = eligibleTerms(termEntries);
  return indexes.get(
    key,
    (arrays) => NearMissPatterns.restore(eligible, arrays),
    () => NearMissPatterns.build(eligible),
    (built) => built.parts(),
  );
}

/** The index's arrays as the file holds them under `key`. Exported for the tests, as unpack(). */
export function pack(key: string, parts: KeptArrays): Uint8Array {
  return indexes.pack(key, parts);
}

/** The arrays pack() wrote, or undefined when the file is not an index of this layout, is cut short or another key's. */
export function unpack(key: string, file: Uint8Array): KeptArrays | undefined {
  return indexes.unpack(key, file);
}

/** The name of the file that keeps the index of a base with this content key. */
export function keptIndexName(key: string): string {
  return indexes.fileName(key);
}
