import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type KeptArrays, packArrays, unpackArrays } from '../input/keptArrays';
import { keepFile, keepNewest, shortName } from '../input/keptFile';
import type { TermEntry } from '../terminology';
import { eligibleTerms, NearMissPatterns } from './nearMissPatterns';

/**
 * The near-miss index of a term base, kept on disk by the base's terms. A CLI run builds it with code
 * not yet compiled by the JIT: ~40 ms for a 2,000-term base, ~180 ms for 20,000, a fifth of a run on a
 * short draft; reading it back takes a few milliseconds (even a run with the built-in base is 5–10 ms shorter).
 * One file per base, named by a hash of its eligible terms (restore() compares them whole), the last few
 * kept. Off unless a front end names a folder (see keptData.ts).
 */
let folder: string | undefined;

/** `undefined` turns keeping off again. */
export function keepNearMissIndexesIn(dir: string | undefined): void {
  folder = dir;
}

/** How many bases' indexes a folder keeps: a team edits its base, and each edit is a new one. */
const KEPT = 4;
/** The file's layout (see keptArrays.ts), raised when it changes. */
const LAYOUT = 3;

export function nearMissPatternsFor(termEntries: readonly TermEntry[]): NearMissPatterns {
  const eligible = eligibleTerms(termEntries);
  if (folder === undefined) return NearMissPatterns.build(eligible);
  const file = join(folder, fileNameOf(eligible));
  let kept: KeptArrays | undefined;
  try {
    kept = unpack(readFileSync(file));
  } catch {
    // Not kept yet: built below.
  }
  const restored = kept && NearMissPatterns.restore(eligible, kept);
  if (restored) return restored;
  const built = NearMissPatterns.build(eligible);
  if (keepFile(file, pack(built.parts()))) keepNewest(folder, /^nearmiss-[0-9a-f]{8}\.bin$/, KEPT);
  return built;
}

/** The index's arrays as the file holds them. Exported for the tests, as unpack(). */
export function pack(parts: KeptArrays): Uint8Array {
  return packArrays(LAYOUT, parts);
}

/** The arrays pack() wrote, or undefined when the file is not an index of this layout or is cut short. */
export function unpack(file: Uint8Array): KeptArrays | undefined {
  return unpackArrays(LAYOUT, file);
}

/** The name of the file that keeps the index of a base with these entries. */
export function keptIndexName(termEntries: readonly TermEntry[]): string {
  return fileNameOf(eligibleTerms(termEntries));
}

function fileNameOf(eligible: readonly TermEntry[]): string {
  // Named by the terms; restore() then compares them whole.
  return `nearmiss-${shortName(eligible.map((entry) => entry.expected).join('\n'))}.bin`;
}
