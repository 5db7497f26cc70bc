import type { CorpusText } from '../source';
import { numberedLines } from '../source';
import type { CandidateSet } from './candidate';

/** Quoted text longer than this is a quotation (quote/mismatch's business), not a slogan. */
const MAX_SLOGAN_LENGTH = 16;
const SENTENCE_PUNCTUATION = /[，。！？；：,;!?]/;
/** Arabic digits or Chinese numerals: 「33618」「四链融合」「两个一百年」「一区两群」. */
const NUMERAL = /[0-9一二两三四五六七八九十百千双]/;

/** Short text inside “…”: slogans, and numbered formulations when it holds a numeral. */
export function extractQuoted(texts: readonly CorpusText[], into: CandidateSet): void {
  for (const { file, text } of texts) {
    for (const { line, text: content } of numberedLines(text)) {
      for (const quoted of quotesIn(content)) {
        const inner = quoted.trim();
        if (inner.length < 2 || inner.length > MAX_SLOGAN_LENGTH || SENTENCE_PUNCTUATION.test(inner)) continue;
        into.add(NUMERAL.test(inner) ? 'numbered' : 'quoted', inner, { file, line });
      }
    }
  }
}

/** The contents of top-level “…” pairs on one line (inner ‘…’ stay part of the content). */
export function quotesIn(line: string): string[] {
  const found: string[] = [];
  let open = -1;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '“') open = i;
    else if (line[i] === '”' && open >= 0) {
      found.push(line.slice(open + 1, i));
      open = -1;
    }
  }
  return found;
}
