import type { CorpusText } from '../source';
import { numberedLines } from '../source';
import type { CandidateSet } from './candidate';
import { FUNCTION_CHARS, NAME_SUFFIXES } from './lexicon';

/** A count and a measure word that open an enumerated formulation: 「五大行动」「3大万亿级…」「18个“新星”…」. */
const COUNTED = /(?<![0-9一二三四五六七八九十百千第])(?:[0-9]+|十[一二三四五六七八九]?|[两三四五六七八九])(?:大|个|项|张|篇|条)/g;
const MAX_TAIL = 12;
/** Party congresses and plenums by ordinal: 党的十八大（以来）, 中国共产党第二十次全国代表大会, 十八届五中全会. */
const CONGRESS = /党的[一二三四五六七八九十]+大(?:以来)?|中国共产党第[一二三四五六七八九十]+次全国代表大会|[一二三四五六七八九十]+届[一二三四五六七八九十]中全会/g;

/** Unquoted numbered formulations: a count, a measure word and the name that follows, up to a break. */
export function extractNumbered(texts: readonly CorpusText[], into: CandidateSet): void {
  for (const { file, text } of texts) {
    for (const { line, text: content } of numberedLines(text)) {
      for (const m of content.matchAll(COUNTED)) {
        const start = m.index;
        let end = start + m[0].length;
        const tailStart = end;
        while (end < content.length && end - tailStart < MAX_TAIL && isNameChar(content[end]) && !FUNCTION_CHARS.has(content[end])) end++;
        const formulation = cutAfterName(balanceQuotes(content.slice(start, end)), m[0].length);
        if (formulation.length - m[0].length >= 2) into.add('numbered', formulation, { file, line });
      }
      for (const m of content.matchAll(CONGRESS)) {
        into.add('numbered', m[0], { file, line });
        if (m[0].endsWith('以来')) into.add('numbered', m[0].slice(0, -2), { file, line });
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

/** Ends a formulation with the last name suffix in it: 「五大发展理念|相互贯通」. */
function cutAfterName(formulation: string, countLength: number): string {
  let end = -1;
  for (const suffix of NAME_SUFFIXES) {
    const at = formulation.lastIndexOf(suffix);
    if (at >= countLength) end = Math.max(end, at + suffix.length);
  }
  return end > 0 ? formulation.slice(0, end) : formulation;
}
