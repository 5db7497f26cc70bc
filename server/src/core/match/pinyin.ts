import { pinyin } from 'pinyin-pro';

const readings = new Map<string, readonly string[]>();

/** Every toneless reading of one character (polyphones have several). */
function readingsOf(char: string): readonly string[] {
  let found = readings.get(char);
  if (!found) {
    found = pinyin(char, { toneType: 'none', type: 'array', multiple: true }).filter((r) => /^[a-zü]+$/.test(r));
    readings.set(char, found);
  }
  return found;
}

/** Do two Han characters share a reading, ignoring tone? */
export function soundAlike(a: string, b: string): boolean {
  const left = readingsOf(a);
  return left.length > 0 && readingsOf(b).some((r) => left.includes(r));
}

/** Pinyin initials of a phrase, e.g. 新质生产力 → xzscl (for completion). */
export function initials(text: string): string {
  return pinyin(text, { pattern: 'first', toneType: 'none', type: 'array' }).join('');
}
