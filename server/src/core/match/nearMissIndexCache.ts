import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { keepFile, keepNewest, shortName } from '../input/keptFile';
import type { TermEntry } from '../terminology';
import { eligibleTerms, NearMissPatterns, type NearMissParts } from './nearMissPatterns';

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
/** The file's first two numbers: "tifa" (read back wrong on a machine of the other byte order) and the layout. */
const MAGIC = 0x61666974;
const LAYOUT = 3;

export function nearMissPatternsFor(termEntries: readonly TermEntry[]): NearMissPatterns {
  const eligible = eligibleTerms(termEntries);
  if (folder === undefined) return NearMissPatterns.build(eligible);
  const file = join(folder, fileNameOf(eligible));
  let kept: NearMissParts | undefined;
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

/** Header (MAGIC, LAYOUT, the arrays' counts by type, their lengths), then the arrays, each padded to 4 bytes. Exported for the tests, as unpack(). */
export function pack({ int32, uint16, uint8 }: NearMissParts): Uint8Array {
  const arrays = [...int32, ...uint16, ...uint8];
  const header = Int32Array.of(MAGIC, LAYOUT, int32.length, uint16.length, uint8.length, ...arrays.map((a) => a.length));
  const size = [header, ...arrays].reduce((sum, a) => sum + padded(a.byteLength), 0);
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const a of [header, ...arrays]) {
    bytes.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
    at += padded(a.byteLength);
  }
  return bytes;
}

/** The arrays pack() wrote (views onto `bytes`), or undefined when the file is not one of ours or is cut short. */
export function unpack(file: Uint8Array): NearMissParts | undefined {
  // Typed arrays need aligned offsets; a Buffer read from a file normally starts its own memory, and
  // otherwise is copied (new Uint8Array copies; a Buffer's slice() would not).
  const bytes = file.byteOffset % 4 === 0 ? file : new Uint8Array(file);
  const words = (offset: number, length: number) => (offset + 4 * length <= bytes.byteLength ? new Int32Array(bytes.buffer, bytes.byteOffset + offset, length) : undefined);
  const head = words(0, 5);
  if (!head || head[0] !== MAGIC || head[1] !== LAYOUT || head.some((n) => n < 0)) return undefined;
  const [, , n32, n16, n8] = head;
  const lengths = words(20, n32 + n16 + n8);
  if (!lengths) return undefined;
  let at = padded(4 * (5 + lengths.length));
  const parts: NearMissParts = { int32: [], uint16: [], uint8: [] };
  for (let i = 0; i < lengths.length; i++) {
    const length = lengths[i];
    const width = i < n32 ? 4 : i < n32 + n16 ? 2 : 1;
    if (length < 0 || at + length * width > bytes.byteLength) return undefined;
    const offset = bytes.byteOffset + at;
    if (width === 4) parts.int32.push(new Int32Array(bytes.buffer, offset, length));
    else if (width === 2) parts.uint16.push(new Uint16Array(bytes.buffer, offset, length));
    else parts.uint8.push(new Uint8Array(bytes.buffer, offset, length));
    at += padded(length * width);
  }
  return at === bytes.byteLength ? parts : undefined;
}

function padded(byteLength: number): number {
  return (byteLength + 3) & ~3;
}

/** The name of the file that keeps the index of a base with these entries. */
export function keptIndexName(termEntries: readonly TermEntry[]): string {
  return fileNameOf(eligibleTerms(termEntries));
}

function fileNameOf(eligible: readonly TermEntry[]): string {
  // Named by the terms; restore() then compares them whole.
  return `nearmiss-${shortName(eligible.map((entry) => entry.expected).join('\n'))}.bin`;
}
