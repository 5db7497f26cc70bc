/**
 * Quotation text compared by content: whitespace and punctuation are left out, so that a quotation that
 * differs only in commas, quote marks or a line break inside the source is still exact.
 */
export interface ContentText {
  /** The content characters (Han, letters, digits), in order. */
  content: string;
  /** For each content character, its offset in the original text. */
  offsets: number[];
}

const CONTENT = /[\p{L}\p{N}]/u;

export function contentOf(text: string, start = 0, end = text.length): ContentText {
  let content = '';
  const offsets: number[] = [];
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair is one character: keep both halves together.
    const char = code >= 0xd800 && code <= 0xdbff && i + 1 < end ? text.slice(i, i + 2) : text[i];
    if (CONTENT.test(char)) {
      content += char;
      for (let k = 0; k < char.length; k++) offsets.push(i + k);
    }
    i += char.length - 1;
  }
  return { content, offsets };
}

const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？', '(': '（', ')': '）' };

/** Source text as a draft should quote it: no stray whitespace (PDF line breaks), full-width punctuation. */
export function asQuoted(source: string): string {
  return source.replace(/\s+/g, '').replace(/[,;:!?()]/g, (c) => FULL_WIDTH[c]);
}
