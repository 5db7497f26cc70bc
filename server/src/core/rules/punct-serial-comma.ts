import { CHINESE_DIGITS } from '../text/chars';
import { charSet } from '../text/presence';
import { proseMatches } from '../text/scan';
import type { Rule } from './rule';

/**
 * Two adjacent numerals joined by 、 before a measure word: 三、五天. Not after 第, 周 or 期 (第一、二季度,
 * 周三、五 list days), and not before 月 or 年级, where 一、二月 are two months and 一、二年级 two grades.
 * What must stand before the numerals is looked behind from after them: a pattern that starts with its
 * characters is scanned fast (see proseMatches).
 */
const APPROXIMATE = new RegExp(
  `([${CHINESE_DIGITS}])、([${CHINESE_DIGITS}])(?=[十百千万]?(?:天|个|次|人|名|位|种|倍|岁|条|家|户|件|遍|小时|分钟|周|公里|米|斤|亩|元))` +
    `(?<=\\p{Script=Han}[${CHINESE_DIGITS}]、[${CHINESE_DIGITS}])(?<![第周期${CHINESE_DIGITS}十][${CHINESE_DIGITS}]、[${CHINESE_DIGITS}])`,
  'gu',
);
/**
 * 、 straight between two book-titled items: 《决定》、《条例》. The same rule for quoted items (“六稳”、
 * “六保”) is only 通常 in the standard, and official reports use the 顿号 there: it is not reported.
 */
const BETWEEN_TITLES = /、(?<=》、)(?=《)/g;
const TITLE_CLOSE = charSet('》');

/** punct/serial-comma (GB/T 15834-2011 §4.5, 顿号): where the 顿号 is not used. */
export const punctSerialComma: Rule = {
  id: 'punct/serial-comma',
  title: '顿号误用',
  defaultSeverity: 'warning',
  scope: 'block',
  check(context) {
    const { document, report } = context;
    for (const { match, start, end } of proseMatches(document, APPROXIMATE)) {
      const [first, second] = [CHINESE_DIGITS.indexOf(match[1]), CHINESE_DIGITS.indexOf(match[2])];
      // 三五天, 七八个: an approximate number names close numbers in rising order.
      if (second <= first || second - first > 2) continue;
      report({
        start,
        end,
        message: context.t(`相邻数字连用表示概数时不用顿号：应为「${match[1]}${match[2]}」`, `No 顿号 between numerals that give an approximate number: 「${match[1]}${match[2]}」`),
        replacement: match[1] + match[2],
        fixTitle: context.t('删去顿号', 'Remove the 顿号'),
      });
    }
    for (const { start, end } of proseMatches(document, BETWEEN_TITLES, { needs: TITLE_CLOSE })) {
      report({
        start,
        end,
        message: context.t('标有书名号的并列成分之间不用顿号', 'Titles each in book-title marks are not separated by 顿号'),
        replacement: '',
        fixTitle: context.t('删去顿号', 'Remove the 顿号'),
      });
    }
  },
};
