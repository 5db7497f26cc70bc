import type { ProseBlock } from '../document';
import { CLAUSE_END, charAt, charBefore, isAsciiDigit, isCjkPunctuation, isHan } from '../text/chars';
import { charSet } from '../text/presence';
import { proseMatches } from '../text/scan';
import type { Rule } from './rule';

/** Spaces (ASCII, no-break, ideographic) inside a line; tabs align columns and are left alone. */
const SPACES = /[ \u00a0\u3000]+/g;
const SPACE_CHARS = charSet(' \u00a0\u3000');

/**
 * space/cjk (公文 typesetting practice; GB/T 9704-2012 and GB/T 15835-2011 set Chinese and digits with no space in every example): Chinese running text has no spaces between Chinese
 * characters, or between them and digits or Chinese marks — the opposite of the web copywriting
 * guides (pangu). Headlines, bylines, photo credits and table cells do use spaces as separators; they
 * are recognised as text with no clause mark after the space (a heading, a table cell, or the
 * unpunctuated tail of a block such as 「特约摄影 某某」), and are left alone.
 */
export const spaceCjk: Rule = {
  id: 'space/cjk',
  title: '中文间多余空格',
  defaultSeverity: 'warning',
  scope: 'block',
  check(context) {
    const { document, report } = context;
    const text = document.text;
    let lastClauseEnd = { block: undefined as ProseBlock | undefined, at: -1 };
    for (const { match, start, end, block, runStart, runEnd } of proseMatches(document, SPACES, { needs: SPACE_CHARS })) {
      // Headings and table cells use spaces as separators.
      if (block.kind !== 'paragraph' && block.kind !== 'plainLine') continue;
      const before = charBefore(text, start, runStart);
      const after = charAt(text, end, runEnd);
      if (!isChineseGap(before, after)) continue;
      if (lastClauseEnd.block !== block) lastClauseEnd = { block, at: lastClauseEndIn(text, block) };
      // A clause mark follows: the space sits in running text, not in a trailing credit.
      if (lastClauseEnd.at < end) continue;
      const kind = match[0].includes('\u3000') ? '全角空格' : match[0].includes('\u00a0') ? '不换行空格' : '空格';
      report({
        start,
        end,
        message: context.t(
          `公文正文中「${before}」与「${after}」之间不加${kind}`,
          `No space between 「${before}」 and 「${after}」 in 公文 text`,
        ),
        replacement: '',
        fixTitle: context.t('删去空格', 'Remove the space'),
      });
    }
  },
};

/** Han–Han, Han–digit, digit–Han, and Han or digit against a Chinese mark. */
function isChineseGap(before: string | undefined, after: string | undefined): boolean {
  if (before === undefined || after === undefined) return false;
  const chineseBefore = isHan(before) || isCjkPunctuation(before);
  const chineseAfter = isHan(after) || isCjkPunctuation(after);
  return (chineseBefore && (chineseAfter || isAsciiDigit(after))) || (isAsciiDigit(before) && chineseAfter);
}

/** The offset of the block's last clause mark, or -1: found from the end, where it usually stands. */
function lastClauseEndIn(text: string, block: ProseBlock): number {
  for (let r = block.runs.length - 1; r >= 0; r--) {
    const run = block.runs[r];
    for (let i = run.end - 1; i >= run.start; i--) if (CLAUSE_END.includes(text[i])) return i;
  }
  return -1;
}
