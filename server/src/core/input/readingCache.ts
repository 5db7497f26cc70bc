import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { keepFile, keepNewest, shortName } from './keptFile';

/**
 * What large input files were read as, kept on disk by content. Reading a 20,000-entry term base costs
 * js-yaml, the schema checks and the entries about 100 ms on every CLI run; parsing the result as JSON
 * takes ~15. One file per input file (named by its path), holding the bytes it was read from, compared
 * whole: an edited file is read again and its file replaced. Off unless a front end names a folder (see
 * keptData.ts).
 *
 * A file holds a line naming the layout and the file's length in bytes, the file's bytes as read (compared
 * with the file without decoding either: decoding a large base's UTF-8 took its CLI run ~6 ms), then, as
 * UTF-16 (which Node decodes about as fast as it copies, where UTF-8 Chinese took ~10 ms), a line with
 * the reading's token and the reading as JSON.
 *
 * The token is drawn at random whenever a reading is kept: the same token, the same reading. What is
 * derived from a base's entries is named by its files' tokens (see contentKey.ts) rather than by the
 * entries, which took a 20,000-entry base's CLI run ~10 ms to turn into a key.
 */
let folder: string | undefined;

/** `undefined` turns keeping off again. */
export function keepReadingsIn(dir: string | undefined): void {
  folder = dir;
}

/** How many files' readings a folder keeps: the term files of a few workspaces, with room to spare. */
const KEPT = 16;
/** Smaller files are read in a few milliseconds: not worth a file of their own. */
const MIN_LENGTH = 16 * 1024;
/** Raised when what a reading holds changes. */
const LAYOUT = 'tifa-reading 5';
const NAMES = /^reading-[0-9a-f]{8}\.bin$/;

/** A reading kept on disk, and the token it was kept with. */
export interface KeptReading {
  reading: unknown;
  token: string;
}

/** What keepReading() kept for `file` read as `bytes`, or undefined when nothing is (or it is another content's). */
export function keptReading(file: string, bytes: Uint8Array): KeptReading | undefined {
  if (folder === undefined || bytes.length < MIN_LENGTH) return undefined;
  try {
    const kept = readFileSync(join(folder, nameOf(file)));
    const head = headOf(bytes);
    const rest = head.length + bytes.length;
    if (kept.length <= rest || head.compare(kept, 0, head.length) !== 0 || Buffer.compare(bytes, kept.subarray(head.length, rest)) !== 0) return undefined;
    const tail = kept.toString('utf16le', rest);
    const lineEnd = tail.indexOf('\n');
    if (lineEnd <= 0) return undefined;
    return { token: tail.slice(0, lineEnd), reading: JSON.parse(tail.slice(lineEnd + 1)) };
  } catch {
    // Not kept yet, or the file is damaged: the caller reads the text.
    return undefined;
  }
}

/**
 * Keeps what `file`, whose content is `bytes`, was read as, when it is large enough to be worth it and
 * JSON can hold the reading. The token it is kept with, or undefined when it is not kept.
 */
export function keepReading(file: string, bytes: Uint8Array, reading: unknown): string | undefined {
  if (folder === undefined || bytes.length < MIN_LENGTH || !survivesJson(reading)) return undefined;
  const token = newToken();
  const data = Buffer.concat([headOf(bytes), bytes, Buffer.from(`${token}\n${JSON.stringify(reading)}`, 'utf16le')]);
  if (!keepFile(join(folder, nameOf(file)), data)) return undefined;
  keepNewest(folder, NAMES, KEPT);
  return token;
}

/** Is a folder set to keep readings in? Callers with a text, not bytes, need not encode it otherwise. */
export function keepsReadings(): boolean {
  return folder !== undefined;
}

/** Unique enough: the time, and 50-odd random bits for runs that keep a reading in the same millisecond. */
function newToken(): string {
  return `${Date.now().toString(36)}.${Math.random().toString(36).slice(2)}`;
}

function nameOf(file: string): string {
  return `reading-${shortName(file)}.bin`;
}

function headOf(bytes: Uint8Array): Buffer {
  return Buffer.from(`${LAYOUT} ${bytes.length}\n`, 'latin1');
}

/** JSON has no NaN, infinities or -0 (YAML's .nan, .inf, -0): such a reading is not kept. */
function survivesJson(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (value === null || typeof value !== 'object') return true;
  return Object.values(value).every(survivesJson);
}
