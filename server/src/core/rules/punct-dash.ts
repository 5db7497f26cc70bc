import { charAt, charBefore, isCjkPunctuation, isHan } from '../text/chars';
import { charSet } from '../text/presence';
import { proseMatches } from '../text/scan';
import type { Rule } from './rule';

/**
 * Stand-ins for the two-em dash: runs of hyphens, full-width hyphen-minus or horizontal bars (what some
 * GB2312 converters produce for ——), or three or more em dashes. A single — is the 一字线 connector
 * (北京—上海, 2021—2025年) and stays.
 */
const WRONG_DASH = /(?:[-－―]{2,}|[-－―]—|—[-－―]|—{3,})[-－―—]*/g;
const DASHES = charSet('-－―—');

/** punct/dash (GB/T 15834-2011 §4.10): the dash is ——, two em dashes. */
export const punctDash: Rule = {
  id: 'punct/dash',
  title: '破折号不规范',
  defaultSeverity: 'warning',
  scope: 'block',
  check(context) {
    const { document, report } = context;
    const text = document.text;
    for (const { match, start, end, runStart, runEnd } of proseMatches(document, WRONG_DASH, { needs: DASHES })) {
      const before = charBefore(text, start, runStart);
      const after = charAt(text, end, runEnd);
      // Only in Chinese text: a line of dashes on its own, or -- in English, is not a 破折号.
      if (!(isHan(before) || isCjkPunctuation(before) || isHan(after))) continue;
      report({
        start,
        end,
        message: context.t(`破折号应为「——」，而非「${match[0]}」`, `The dash is 「——」, not 「${match[0]}」`),
        replacement: '——',
      });
    }
  },
};
