import { withoutBom } from '../text/bom';

/** One authoritative text of a corpus, as read from its folder. */
export interface CorpusText {
  /** Path relative to the corpus folder, with `/` separators: what term-base `source` entries name. */
  file: string;
  text: string;
}

/** A place in the corpus: file and 1-based line. */
export interface CorpusLocation {
  file: string;
  line: number;
}

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/;

export function isHan(char: string): boolean {
  return HAN.test(char);
}

/** The lines of a text with their 1-based numbers; `\r\n` and `\n` both end a line. */
export function numberedLines(text: string): { line: number; text: string }[] {
  return withoutBom(text)
    .split('\n')
    .map((line, index) => ({ line: index + 1, text: line.endsWith('\r') ? line.slice(0, -1) : line }));
}
