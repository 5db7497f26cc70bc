import { charSet } from '../text/presence';
import { proseMatches } from '../text/scan';
import type { Rule } from './rule';

/** A date in Arabic numerals, year and day optional: 2023年05月01日, 5月01日, 2023年05月. */
const DATE = /(?<!\d)(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})日)?/g;
/** A date without a 0 has no leading zero to report. */
const ZERO = charSet('0');

/** number/date-zero (GB/T 9704-2012 §7.3.5, 成文日期): 2023年5月1日, no leading zeros. */
export const numberDateZero: Rule = {
  id: 'number/date-zero',
  title: '日期前导零',
  defaultSeverity: 'warning',
  scope: 'block',
  check(context) {
    for (const { match, start, end } of proseMatches(context.document, DATE, { needs: ZERO })) {
      const [, year, month, day] = match;
      if (!month.startsWith('0') && !day?.startsWith('0')) continue;
      const fixed = `${year ? `${year}年` : ''}${Number(month)}月${day ? `${Number(day)}日` : ''}`;
      context.report({
        start,
        end,
        message: context.t(`日期不加前导零：应为「${fixed}」`, `No leading zeros in dates: 「${fixed}」`),
        replacement: fixed,
      });
    }
  },
};
