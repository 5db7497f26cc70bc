/**
 * Character classes of Chinese prose, shared by the writing-norm rules (punct/, number/, space/,
 * structure/, word/) so that no rule grows its own idea of what "Chinese" is.
 */

/** Regex source for one Han character (includes 〇, which Unicode files under Han). */
export const HAN = '\\p{Script=Han}';

const HAN_CHAR = /^\p{Script=Han}$/u;

/** Full-width (Chinese) punctuation marks of GB/T 15834. */
export const CJK_PUNCTUATION = '，。、；：？！“”‘’（）《》〈〉【】〔〕—…·～';

/** Marks that end a clause or sentence (a clause is what the space rule treats as running prose). */
export const CLAUSE_END = '，。、；：？！';

/** Chinese numerals one to nine, in order (index + 1 is the value). */
export const CHINESE_DIGITS = '一二三四五六七八九';

/**
 * The CJK Unified Ideographs block, U+4E00–U+9FFF: the characters term/typo's terms are made of and the
 * range its reading table covers. Narrower than isHan, and asked of a code unit on the hot path.
 */
export const UNIFIED_HAN_FIRST = 0x4e00;
export const UNIFIED_HAN_LAST = 0x9fff;

export function isUnifiedHanCode(code: number): boolean {
  return code >= UNIFIED_HAN_FIRST && code <= UNIFIED_HAN_LAST;
}

/** Is every code unit of the text in the unified Han block (true for an empty text)? */
export function isAllUnifiedHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isUnifiedHanCode(text.charCodeAt(i))) return false;
  return true;
}

export function isHan(char: string | undefined): boolean {
  return char !== undefined && HAN_CHAR.test(char);
}

export function isCjkPunctuation(char: string | undefined): boolean {
  return char !== undefined && char.length === 1 && CJK_PUNCTUATION.includes(char);
}

export function isAsciiDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}

export function isLatinLetter(char: string | undefined): boolean {
  return char !== undefined && /^[A-Za-z]$/.test(char);
}

/** The character (a whole code point) that ends just before `offset`, or undefined at `from`. */
export function charBefore(text: string, offset: number, from = 0): string | undefined {
  if (offset <= from) return undefined;
  const low = text.charCodeAt(offset - 1);
  if (low >= 0xdc00 && low <= 0xdfff && offset - 2 >= from) return text.slice(offset - 2, offset);
  return text[offset - 1];
}

/** The character (a whole code point) that starts at `offset`, or undefined at `to`. */
export function charAt(text: string, offset: number, to = text.length): string | undefined {
  if (offset >= to) return undefined;
  const code = text.codePointAt(offset)!;
  return String.fromCodePoint(code);
}

/** Full-width ASCII variants (U+FF01–U+FF5E) → their ASCII form. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}
