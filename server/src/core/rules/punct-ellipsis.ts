import { charAt, charBefore, isCjkPunctuation, isHan } from '../text/chars';
import { charSet } from '../text/presence';
import { proseMatches } from '../text/scan';
import type { Rule } from './rule';

/**
 * Stand-ins for the ellipsis: three or six ASCII dots, three or six 。, or a lone …. Dot leaders in a
 * table of contents (five dots, or dots before a page number) are not ellipses.
 */
const WRONG_ELLIPSIS = /(?<![.。…])(?:\.{6}|\.{3}|。{6}|。{3}|…)(?![.。…])(?![ \t]*\d+[ \t]*$)/g;
/** 等 or 等等 after an ellipsis says "and so on" twice (等 first: see proseMatches). */
const ELLIPSIS_THEN_ETC = /等(?<=……等)等?/g;
const ELLIPSIS = charSet('…');

/** punct/ellipsis (GB/T 15834-2011 §4.11 and 附录 B): the ellipsis is ……, and is not followed by 等. */
export const punctEllipsis: Rule = {
  id: 'punct/ellipsis',
  title: '省略号不规范',
  defaultSeverity: 'warning',
  scope: 'block',
  check(context) {
    const { document, report } = context;
    for (const { match, start, end, runStart, runEnd } of proseMatches(document, WRONG_ELLIPSIS)) {
      const isDots = match[0][0] === '.';
      // ASCII dots count only in Chinese text (English "..." stays English).
      if (isDots && !isChineseAround(document.text, start, end, runStart, runEnd)) continue;
      report({
        start,
        end,
        message: context.t(`省略号应为「……」，而非「${match[0]}」`, `The ellipsis is 「……」, not 「${match[0]}」`),
        replacement: '……',
      });
    }
    for (const { match, start, end } of proseMatches(document, ELLIPSIS_THEN_ETC, { needs: ELLIPSIS })) {
      // Which to keep, …… or 等, depends on the sentence: no fix.
      report({
        start,
        end,
        message: context.t(`省略号后不应再用「${match[0]}」`, `Do not follow the ellipsis with 「${match[0]}」`),
      });
    }
  },
};

function isChineseAround(text: string, start: number, end: number, runStart: number, runEnd: number): boolean {
  const before = charBefore(text, start, runStart);
  const after = charAt(text, end, runEnd);
  return isHan(before) || isCjkPunctuation(before) || isHan(after) || isCjkPunctuation(after);
}
