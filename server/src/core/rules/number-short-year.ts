import { charSet } from '../text/presence';
import { proseMatches } from '../text/scan';
import type { Rule } from './rule';

/**
 * A two-digit year: 19年 followed by what only a calendar year takes (a month, 初/底/末, 上半年/下半年).
 * Alone, 19年 is as likely a duration (连续19年), and 第19年 an ordinal, so those are left alone.
 */
const SHORT_YEAR = /(?<![\d０-９.第])(\d{2})年(?=\d{1,2}月|[初底末]|[上下]半年)/g;
const DIGITS = charSet('0123456789');

/** number/short-year (GB/T 15835-2011, 年份不简写): a year is written in full, 2019年 not 19年. */
export const numberShortYear: Rule = {
  id: 'number/short-year',
  title: '年份简写',
  defaultSeverity: 'warning',
  scope: 'block',
  check(context) {
    const century = currentCentury();
    for (const { match, start, end } of proseMatches(context.document, SHORT_YEAR, { needs: DIGITS })) {
      const short = Number(match[1]);
      // 19 → 2019 up to this year; 98 → 1998 (a two-digit year ahead of today is last century).
      const full = short <= century.yearInCentury ? century.base + short : century.base - 100 + short;
      context.report({
        start,
        end,
        message: context.t(`年份应写全：「${match[1]}年」应为「${full}年」`, `Write the year in full: 「${full}年」`),
        replacement: `${full}年`,
      });
    }
  },
};

function currentCentury(): { base: number; yearInCentury: number } {
  const year = new Date().getUTCFullYear();
  return { base: year - (year % 100), yearInCentury: year % 100 };
}
