/** The byte-order mark as a character: editors on Windows often start UTF-8 files with it. */
export const BOM = '\uFEFF';

/** The text without a leading byte-order mark. */
export function withoutBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(BOM.length) : text;
}
