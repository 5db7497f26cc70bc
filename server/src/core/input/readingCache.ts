import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { keepFile, keepNewest, shortName } from './keptFile';

/**
 * What large input files were read as, kept on disk by content. Reading a 20,000-entry term base costs
 * js-yaml, the schema checks and the entries about 100 ms on every CLI run; parsing the result as JSON
 * takes ~15. One file per input file (named by its path), holding the text it was read from, compared
 * whole: an edited file is read again and its file replaced. Off unless a front end names a folder (see
 * keptData.ts).
 *
 * A file holds, as UTF-16 (which Node decodes about as fast as it copies, where UTF-8 Chinese took it
 * ~10 ms for a large base): a line naming the layout and the text's length, the text, then the reading
 * as JSON. The text is compared byte for byte without decoding it.
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
const LAYOUT = 'tifa-reading 2';
const NAMES = /^reading-[0-9a-f]{8}\.bin$/;

/** What keepReading() kept for `file` read from `source`, or undefined when nothing is (or it is another text's). */
export function keptReading(file: string, source: string): unknown {
  if (folder === undefined || source.length < MIN_LENGTH) return undefined;
  try {
    const kept = readFileSync(join(folder, nameOf(file)));
    const expected = Buffer.from(headOf(source), 'utf16le');
    if (kept.length <= expected.length || expected.compare(kept, 0, expected.length) !== 0) return undefined;
    return JSON.parse(kept.toString('utf16le', expected.length));
  } catch {
    // Not kept yet, or the file is damaged: the caller reads the text.
    return undefined;
  }
}

/** Keeps what `file`, read from `source`, was read as, when the text is large enough to be worth it and JSON can hold it. */
export function keepReading(file: string, source: string, reading: unknown): void {
  if (folder === undefined || source.length < MIN_LENGTH || !survivesJson(reading)) return;
  const data = Buffer.from(headOf(source) + JSON.stringify(reading), 'utf16le');
  if (keepFile(join(folder, nameOf(file)), data)) keepNewest(folder, NAMES, KEPT);
}

function nameOf(file: string): string {
  return `reading-${shortName(file)}.bin`;
}

function headOf(source: string): string {
  return `${LAYOUT} ${source.length}\n${source}`;
}

/** JSON has no NaN, infinities or -0 (YAML's .nan, .inf, -0): such a reading is not kept. */
function survivesJson(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (value === null || typeof value !== 'object') return true;
  return Object.values(value).every(survivesJson);
}
