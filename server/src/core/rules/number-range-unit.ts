import { charSet } from '../text/presence';
import { proseMatches } from '../text/scan';
import type { Rule } from './rule';

/**
 * A range whose first number lost a unit that changes its value: 15~30% (is it 15 or 15%?), 9~16亿
 * (9 or 9亿?). Ranges of plain units (100-150kg, 400-429页) may drop the first unit and are left alone.
 */
const RANGE = /(?<![\d.])(\d+(?:\.\d+)?)([~～\-－—–])(\d+(?:\.\d+)?)(%|‰|万|亿)/g;
const CONNECTORS = charSet('~～-－—–');

/** number/range-unit (GB/T 15835-2011, 数值范围): keep the first unit where dropping it is ambiguous. */
export const numberRangeUnit: Rule = {
  id: 'number/range-unit',
  title: '数值范围缺单位',
  defaultSeverity: 'warning',
  scope: 'block',
  check(context) {
    for (const { match, start, end } of proseMatches(context.document, RANGE, { needs: CONNECTORS })) {
      const [, from, connector, to, unit] = match;
      // The ASCII tilde is not a Chinese connector; the 浪纹线 is ～.
      const fixedConnector = connector === '~' ? '～' : connector;
      const fixed = `${from}${unit}${fixedConnector}${to}${unit}`;
      context.report({
        start,
        end,
        message: context.t(`数值范围的前一个数也应带「${unit}」：应为「${fixed}」`, `Both ends of the range need 「${unit}」: 「${fixed}」`),
        replacement: fixed,
      });
    }
  },
};
