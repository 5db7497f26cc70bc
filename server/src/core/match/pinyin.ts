import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as PinyinPro from 'pinyin-pro';
import { isUnifiedHanCode, UNIFIED_HAN_FIRST, UNIFIED_HAN_LAST } from '../text/chars';

/** The build writes every Han character's readings here (dist/), taken from pinyin-pro. */
export const READING_TABLE = 'readings.txt';

/**
 * pinyin-pro, loaded when first needed. Setting up its dictionaries cost every process ~10 ms and its
 * first lookup ~15 ms more; with the build's table term/typo never needs it, completion does (initials).
 */
function pinyinPro(): typeof PinyinPro {
  return require('pinyin-pro') as typeof PinyinPro;
}

/** A character's toneless readings (polyphones have several), as pinyin-pro gives them. */
function readingsByPinyinPro(code: number): string[] {
  return pinyinPro()
    .pinyin(String.fromCharCode(code), { toneType: 'none', type: 'array', multiple: true })
    .filter((r) => /^[a-zü]+$/.test(r));
}

/**
 * The table the build writes: the first line lists the readings; then one line per code unit from
 * UNIFIED_HAN_FIRST to UNIFIED_HAN_LAST, its readings as positions in that list (base 36,
 * comma-separated; empty when it has none).
 */
export function buildReadingTable(): string {
  const names: string[] = [];
  const numbers = new Map<string, number>();
  const rows: string[] = [];
  for (let code = UNIFIED_HAN_FIRST; code <= UNIFIED_HAN_LAST; code++) {
    rows.push(
      readingsByPinyinPro(code)
        .map((r) => {
          let n = numbers.get(r);
          if (n === undefined) numbers.set(r, (n = names.push(r) - 1));
          return n.toString(36);
        })
        .join(','),
    );
  }
  return [names.join(' '), ...rows].join('\n');
}

/**
 * Per code unit, its readings as small numbers, looked up on first use: term/typo asks about a hundred
 * thousand pairs of characters on the text of a large term base.
 */
const readingsByCode = new Array<Int32Array | undefined>(0x10000);
const readingNumbers = new Map<string, number>();

/**
 * The table, once read: its readings and one row per code unit. null when there is none (run from source)
 * or it is damaged (cut short): pinyin-pro answers then, as it does for a damaged row.
 */
let table: { names: string[]; rows: string[] } | null | undefined;

/** Uses `text` (what buildReadingTable gives) instead of the file beside the bundle; null: no table. */
export function useReadingTable(text: string | null): void {
  table = text === null ? null : parseTable(text);
  readingsByCode.fill(undefined);
  onlyReadings.fill(UNKNOWN);
}

function parseTable(text: string): { names: string[]; rows: string[] } | null {
  const [header, ...rows] = text.split('\n');
  return rows.length === UNIFIED_HAN_LAST - UNIFIED_HAN_FIRST + 1 ? { names: header.split(' '), rows } : null;
}

function readingNamesOf(code: number): string[] {
  if (table === undefined) {
    const file = join(__dirname, READING_TABLE);
    table = existsSync(file) ? parseTable(readFileSync(file, 'utf8')) : null;
  }
  if (table === null || !isUnifiedHanCode(code)) return readingsByPinyinPro(code);
  const row = table.rows[code - UNIFIED_HAN_FIRST];
  if (row === '') return [];
  const names = row.split(',').map((n) => table!.names[parseInt(n, 36)]);
  return names.every((name) => name !== undefined) ? names : readingsByPinyinPro(code);
}

function readingsOf(code: number): Int32Array {
  let found = readingsByCode[code];
  if (!found) {
    found = Int32Array.from(readingNamesOf(code), (r) => {
      let n = readingNumbers.get(r);
      if (n === undefined) readingNumbers.set(r, (n = readingNumbers.size));
      return n;
    });
    readingsByCode[code] = found;
  }
  return found;
}

/**
 * Per code unit, what soundAlike asks first: its one reading's number, or that it has none or several;
 * UNKNOWN until first asked. Most characters have one reading, and comparing two numbers from one array
 * spares the readings' arrays and their search (×100 base, 1 MB: 112,000 questions).
 */
const UNKNOWN = -3;
const SEVERAL = -2;
const NONE = -1;
const onlyReadings = new Int32Array(0x10000).fill(UNKNOWN);

function onlyReadingOf(code: number): number {
  let only = onlyReadings[code];
  if (only === UNKNOWN) {
    const readings = readingsOf(code);
    onlyReadings[code] = only = readings.length === 0 ? NONE : readings.length === 1 ? readings[0] : SEVERAL;
  }
  return only;
}

/** Do two Han characters (code units) share a reading, ignoring tone? */
export function soundAlike(a: number, b: number): boolean {
  const onlyA = onlyReadingOf(a);
  const onlyB = onlyReadingOf(b);
  if (onlyA >= 0 && onlyB >= 0) return onlyA === onlyB;
  if (onlyA === NONE || onlyB === NONE) return false;
  const left = readingsOf(a);
  for (const reading of readingsOf(b)) if (left.includes(reading)) return true;
  return false;
}

/** Pinyin initials of a phrase, e.g. 新质生产力 → xzscl (for completion). */
export function initials(text: string): string {
  return pinyinPro().pinyin(text, { pattern: 'first', toneType: 'none', type: 'array' }).join('');
}
