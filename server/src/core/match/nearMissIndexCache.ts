import type { KeptArrays } from '../input/keptArrays';
import { KeptArraysStore } from '../input/keptArraysStore';
import type { TermEntry } from '../terminology';
import { allItems, type Items } from '../items';
import { eligibleNumbers, eligibleTerms, NearMissPatterns } from './nearMissPatterns';

/**
 * The near-miss index of a term base, kept on disk under the base's content key (see contentKey.ts). A
 * CLI run builds it with code not yet compiled by the JIT: ~40 ms for a 2,000-term base, ~180 ms for
 * 20,000, a fifth of a run on a short draft; reading it back takes a few milliseconds (even a run with the
 * built-in base is 5–10 ms shorter).
 */
const indexes = new KeptArraysStore('nearmiss', { layout: 11, kept: 4 });

export function keepNearMissIndexesIn(dir: string | undefined): void {
  indexes.keepIn(dir);
}

/**
 * `key`: the content key of the files the base's entries were merged from. The file holds, first, the
 * eligible terms' numbers in `termEntries` (see eligibleNumbers), then the index's arrays.
 */
export function nearMissPatternsFor(termEntries: Items<TermEntry>, key: () => string): NearMissPatterns {
  // Building needs every entry; reading back only those the scan finds.
  let every: TermEntry[] | undefined;
  const all = () => (every ??= allItems(termEntries));
  return indexes.get(
    key,
    ({ int32: [numbers, ...int32], uint16, uint8 }) => {
      const eligible = numbers && numbered(termEntries, numbers);
      return eligible && NearMissPatterns.restore(eligible, { int32, uint16, uint8 });
    },
    () => NearMissPatterns.build(eligibleTerms(all())),
    (built) => {
      const parts = built.parts();
      return { ...parts, int32: [eligibleNumbers(all()), ...parts.int32] };
    },
  );
}

/** The entries at `numbers`, or undefined when the numbers are not ascending numbers of entries. */
function numbered(termEntries: Items<TermEntry>, numbers: Int32Array): Items<TermEntry> | undefined {
  let previous = -1;
  // By index, as other loops over a large base's entries on a CLI run's way: that code is not compiled
  // yet, and an iterator or a callback per entry costs several times the loop (20,000 entries in a fresh
  // process: for…of or a callback 1.5–5 ms, by index 0.5 ms).
  for (let i = 0; i < numbers.length; i++) {
    if (numbers[i] <= previous || numbers[i] >= termEntries.length) return undefined;
    previous = numbers[i];
  }
  return { length: numbers.length, at: (i: number) => termEntries.at(numbers[i]) };
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
