import { charSet } from '../text/presence';
import { proseMatches } from '../text/scan';
import type { Rule } from './rule';

/**
 * A 发文字号: 机关代字, a year in brackets, a serial number, 号 — 国办发〔2024〕5号. Any bracket style is
 * matched, so that 国发[2024]05号 and 国发（2024）第5号 are found; the year must be four digits and the
 * code must end in a typical 代字 character (发 函 字 办 令 …), so that ordinary (2024) in prose is not.
 * The 代字 is looked behind from the bracket: a pattern that starts with its characters is scanned fast
 * (see proseMatches).
 */
const DOC_NUMBER = /([〔［\[（(【〖])(?<=\p{Script=Han}(?:发|函|字|办|令|呈|报|文|通|电|复|规)[〔［\[（(【〖])(\d{4})([〕］\]）)】〗])(第?)(\d+)号/gu;
const HAO = charSet('号');

/** structure/doc-number (GB/T 9704-2012 §7.2.4): 机关代字〔年份〕序号号, 六角括号, no 第, no leading zeros. */
export const structureDocNumber: Rule = {
  id: 'structure/doc-number',
  title: '发文字号不规范',
  defaultSeverity: 'warning',
  scope: 'block',
  check(context) {
    for (const { match, start, end } of proseMatches(context.document, DOC_NUMBER, { needs: HAO })) {
      const [written, open, year, close, ordinal, serial] = match;
      const fixed = `〔${year}〕${Number(serial)}号`;
      if (written === fixed) continue;
      const problems = [
        open !== '〔' || close !== '〕' ? context.t('年份用六角括号〔〕', 'the year in 〔〕') : '',
        ordinal ? context.t('序号前不加「第」', 'no 第 before the serial') : '',
        serial.startsWith('0') ? context.t('序号不编虚位', 'no leading zeros') : '',
      ].filter(Boolean);
      context.report({
        start,
        end,
        message: context.t(`发文字号不规范（${problems.join('，')}）：应为「${fixed}」`, `Document number: ${problems.join(', ')} — 「${fixed}」`),
        replacement: fixed,
      });
    }
  },
};
