import { pinyin } from 'pinyin-pro';

/**
 * Per code unit, its toneless readings (polyphones have several) as small numbers, looked up on first
 * use: term/typo asks about a hundred thousand pairs of characters on the text of a large term base.
 */
const readingsByCode = new Array<Int32Array | undefined>(0x10000);
const readingNumbers = new Map<string, number>();

function readingsOf(code: number): Int32Array {
  let found = readingsByCode[code];
  if (!found) {
    const readings = pinyin(String.fromCharCode(code), { toneType: 'none', type: 'array', multiple: true }).filter((r) => /^[a-zü]+$/.test(r));
    found = Int32Array.from(readings, (r) => {
      let n = readingNumbers.get(r);
      if (n === undefined) readingNumbers.set(r, (n = readingNumbers.size));
      return n;
    });
    readingsByCode[code] = found;
  }
  return found;
}

/** Do two Han characters (code units) share a reading, ignoring tone? */
export function soundAlike(a: number, b: number): boolean {
  const left = readingsOf(a);
  if (left.length === 0) return false;
  for (const reading of readingsOf(b)) if (left.includes(reading)) return true;
  return false;
}

/** Pinyin initials of a phrase, e.g. 新质生产力 → xzscl (for completion). */
export function initials(text: string): string {
  return pinyin(text, { pattern: 'first', toneType: 'none', type: 'array' }).join('');
}
