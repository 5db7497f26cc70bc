import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { keepFile, keepNewest, shortName } from './keptFile';

/**
 * js-yaml's readings of large YAML files, kept on disk by content. Reading a 130 KB team term base
 * takes js-yaml ~60 ms on every CLI run; parsing the same value as JSON takes ~2 ms. One file per YAML
 * file (named by its path), holding the text it was read from, compared whole: an edited file is read
 * again and its entry replaced. Off unless a front end names a folder (see keptData.ts).
 */
let folder: string | undefined;

/** `undefined` turns keeping off again. */
export function keepYamlReadingsIn(dir: string | undefined): void {
  folder = dir;
}

/** How many files' readings a folder keeps: the term files of a few workspaces, with room to spare. */
const KEPT = 16;
/** Smaller files are read in a few milliseconds: not worth a file of their own. */
const MIN_LENGTH = 16 * 1024;

export function cachedReading(file: string, source: string, read: (source: string) => unknown): unknown {
  if (folder === undefined || source.length < MIN_LENGTH) return read(source);
  const entry = join(folder, `yaml-${shortName(file)}.json`);
  try {
    const cached = JSON.parse(readFileSync(entry, 'utf8')) as { source: string; value: unknown };
    if (cached.source === source) return cached.value;
  } catch {
    // Not cached yet, or the entry is damaged: read the file.
  }
  const value = read(source);
  if (value !== undefined && survivesJson(value) && keepFile(entry, JSON.stringify({ source, value }))) keepNewest(folder, /^yaml-[0-9a-f]{8}\.json$/, KEPT);
  return value;
}

/** JSON has no NaN, infinities or -0 (YAML's .nan, .inf, -0): such a reading is not kept. */
function survivesJson(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (value === null || typeof value !== 'object') return true;
  return Object.values(value).every(survivesJson);
}
