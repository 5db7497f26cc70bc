import { charAt, charBefore, isAsciiDigit, isCjkPunctuation, isHan, isLatinLetter } from '../text/chars';
import { charSet } from '../text/presence';
import { proseMatches } from '../text/scan';
import type { Rule } from './rule';

const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };

/** A half-width mark with the spaces around it, which go too once the mark is full-width. */
const MARK = /[ \t]*[,;:?!][ \t]*/g;
const MARKS = charSet(',;:?!');
/** A half-width bracket pair with no bracket inside. */
const PARENS = /\(([^()]*)\)/g;
const OPEN_PAREN = charSet('(');

/**
 * punct/half-width (GB/T 15834-2011 §5, marks take a full character): Chinese text takes full-width marks. A mark counts as
 * Chinese when a Han character or Chinese mark is next to it (spaces aside); 1,000, 3.14, 10:30, URLs and
 * all-Latin text stay as they are.
 */
export const punctHalfWidth: Rule = {
  id: 'punct/half-width',
  title: '中文中的半角标点',
  defaultSeverity: 'warning',
  scope: 'block',
  check(context) {
    const { document, report } = context;
    const text = document.text;
    for (const { match, start, end, runStart, runEnd } of proseMatches(document, MARK, { needs: MARKS })) {
      const mark = match[0].trim();
      const before = charBefore(text, start, runStart);
      const after = charAt(text, end, runEnd);
      const chinese = isHan(before) || isCjkPunctuation(before) || isHan(after);
      // 1,000 and 10:30: a digit right against both sides is a number, not a sentence.
      const inNumber = (mark === ',' || mark === ':') && match[0].length === 1 && isAsciiDigit(before) && isAsciiDigit(after);
      if (!chinese || inNumber) continue;
      const full = FULL_WIDTH[mark];
      report({
        start,
        end,
        message: context.t(`中文中应使用全角标点「${full}」，而非半角「${mark}」`, `Use the full-width mark 「${full}」 in Chinese text, not 「${mark}」`),
        replacement: full,
      });
    }
    for (const { match, start, end, runStart, runEnd } of proseMatches(document, PARENS, { needs: OPEN_PAREN })) {
      const before = charBefore(text, start, runStart);
      // f(x), sin(a): brackets right after a Latin name belong to it, unless they hold Chinese.
      const afterName = isLatinLetter(before) || isAsciiDigit(before);
      const chinese = /\p{Script=Han}/u.test(match[1]) || (!afterName && (isHan(before) || isHan(charAt(text, end, runEnd))));
      if (!chinese) continue;
      for (const [at, mark] of [[start, '('], [end - 1, ')']] as const) {
        const full = FULL_WIDTH[mark];
        report({
          start: at,
          end: at + 1,
          message: context.t(`中文中应使用全角括号「${full}」，而非半角「${mark}」`, `Use the full-width bracket 「${full}」 in Chinese text, not 「${mark}」`),
          replacement: full,
        });
      }
    }
  },
};
