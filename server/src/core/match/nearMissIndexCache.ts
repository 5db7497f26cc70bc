import type { KeptArrays } from '../input/keptArrays';
import { KeptArraysStore } from '../input/keptArraysStore';
import type { TermEntry } from '../terminology';
import { eligibleTerms, NearMissPatterns } from './nearMissPatterns';

/**
 * The near-miss index of a term base, kept on disk by the base's terms. A CLI run builds it with code
 * not yet compiled by the JIT: ~40 ms for a 2,000-term base, ~180 ms for 20,000, a fifth of a run on a
 * short draft; reading it back takes a few milliseconds (even a run with the built-in base is 5–10 ms
 * shorter). Named by a hash of its eligible terms; restore() compares them whole.
 */
const indexes = new KeptArraysStore('nearmiss', { layout: 4, kept: 4 });

export function keepNearMissIndexesIn(dir: string | undefined): void {
  indexes.keepIn(dir);
}

export function nearMissPatternsFor(termEntries: readonly TermEntry[]): NearMissPatterns {
  const eligible = eligibleTerms(termEntries);
  return indexes.get(
    sourceOf(eligible),
    (arrays) => NearMissPatterns.restore(eligible, arrays),
    () => NearMissPatterns.build(eligible),
    (built) => built.parts(),
  );
}

/** The index's arrays as the file holds them. Exported for the tests, as unpack(). */
export function pack(parts: KeptArrays): Uint8Array {
  return indexes.pack(parts);
}

/** The arrays pack() wrote, or undefined when the file is not an index of this layout or is cut short. */
export function unpack(file: Uint8Array): KeptArrays | undefined {
  return indexes.unpack(file);
}

/** The name of the file that keeps the index of a base with these entries. */
export function keptIndexName(termEntries: readonly TermEntry[]): string {
  return indexes.fileName(sourceOf(eligibleTerms(termEntries)));
}

function sourceOf(eligible: readonly TermEntry[]): string {
  return eligible.map((entry) => entry.expected).join('\n');
}
