import type { CorpusText } from '../source';
import { numberedLines } from '../source';
import type { CandidateSet } from './candidate';
import { FUNCTION_CHARS } from './lexicon';

/** A count and a measure word that open an enumerated formulation: 「五大行动」「3大万亿级…」「18个“新星”…」. */
const COUNTED = /(?<![0-9一二三四五六七八九十百千第])(?:[0-9]+|十[一二三四五六七八九]?|[两三四五六七八九])(?:大|个|项|张|篇|条)/g;
const MAX_TAIL = 12;

/** Unquoted numbered formulations: a count, a measure word and the name that follows, up to a break. */
export function extractNumbered(texts: readonly CorpusText[], into: CandidateSet): void {
  for (const { file, text } of texts) {
    for (const { line, text: content } of numberedLines(text)) {
      for (const m of content.matchAll(COUNTED)) {
        const start = m.index;
        let end = start + m[0].length;
        const tailStart = end;
        while (end < content.length && end - tailStart < MAX_TAIL && isNameChar(content[end]) && !FUNCTION_CHARS.has(content[end])) end++;
        const formulation = balanceQuotes(content.slice(start, end));
        if (formulation.length - m[0].length >= 2) into.add('numbered', formulation, { file, line });
      }
    }
  }
}

/** Han characters and the quotes a formulation may contain (18个“新星”产业集群). */
function isNameChar(char: string): boolean {
  return /[\u4e00-\u9fff“”]/.test(char);
}

/** Cuts a formulation before a quote mark that has no partner inside it (「七张高分报表”」 → 七张高分报表). */
function balanceQuotes(text: string): string {
  let open = false;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '“') {
      if (open) return text.slice(0, i);
      open = true;
    } else if (text[i] === '”') {
      if (!open) return text.slice(0, i);
      open = false;
    }
  }
  return open ? text.slice(0, text.lastIndexOf('“')) : text;
}
