import { charSet } from '../text/presence';
import { proseMatches, touchesAddress } from '../text/scan';
import type { Rule } from './rule';

/**
 * A year of four Chinese numerals with at least one zero written as 零, 0, ○ (a circle) or Ｏ/O: the
 * numerals (group 1) are looked behind from 年, which a fast scan finds (see proseMatches).
 */
const YEAR = /年(?<=(?<![一二三四五六七八九〇零○Ｏ0O])([一二三四五六七八九〇零○Ｏ0O]{4})年)/g;
const WRONG_ZERO = /[零○Ｏ0O]/g;
/** A year without a wrong zero is not reported. */
const WRONG_ZEROS = charSet('零○Ｏ0O');
const CHINESE_NUMERAL = /[一二三四五六七八九〇]/;

/** number/year-zero (GB/T 15835-2011, 〇 in numbers written with Chinese numerals): in a year in Chinese numerals, zero is 〇 (二〇二三年). */
export const numberYearZero: Rule = {
  id: 'number/year-zero',
  title: '汉字年份中的零',
  defaultSeverity: 'warning',
  scope: 'block',
  check(context) {
    for (const { match, start: yearMark, run } of proseMatches(context.document, YEAR, { needs: WRONG_ZEROS })) {
      const numerals = match[1];
      const start = yearMark - numerals.length;
      const fixed = numerals.replace(WRONG_ZERO, '〇');
      // A Chinese-numeral year (not 2020年) with a wrong zero in it; Ｏ, O and 0 may end a URL before it.
      if (fixed === numerals || !CHINESE_NUMERAL.test(numerals) || touchesAddress(context.document, run, start, yearMark)) continue;
      context.report({
        start,
        end: yearMark,
        message: context.t(`汉字数字年份中的零应写作「〇」：应为「${fixed}年」`, `Zero in a Chinese-numeral year is 「〇」: 「${fixed}年」`),
        replacement: fixed,
        fixTitle: context.t(`改为「${fixed}年」`, `Change to 「${fixed}年」`),
      });
    }
  },
};
