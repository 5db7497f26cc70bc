/** The text's UTF-16 code units, as kept in typed arrays (the near-miss index's pool, a kept file's key). */
export function codeUnitsOf(text: string): Uint16Array {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return units;
}

/** Are units[from, to) written in the text at `at`? (The other way round from startsWithCodeUnits: a stretch of the units against the text, with no slice.) */
export function writtenAt(text: string, at: number, units: Uint16Array, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (text.charCodeAt(at + j - from) !== units[j]) return false;
  return true;
}

/** Do `units`, from `at`, start with the text's code units? */
export function startsWithCodeUnits(units: Uint16Array, at: number, text: string): boolean {
  if (at < 0 || at + text.length > units.length) return false;
  for (let i = 0; i < text.length; i++) if (units[at + i] !== text.charCodeAt(i)) return false;
  return true;
}
