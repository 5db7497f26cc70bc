import { charSet } from '../text/presence';
import { proseMatches } from '../text/scan';
import type { Rule } from './rule';

/** A pair of ASCII quotes with Chinese inside; English quotations and apostrophes have none. */
const DOUBLE = /"([^"\n]*\p{Script=Han}[^"\n]*)"/gu;
const SINGLE = /'([^'\n]*\p{Script=Han}[^'\n]*)'/gu;
const DOUBLE_QUOTE = charSet('"');
const SINGLE_QUOTE = charSet("'");

/** punct/ascii-quote (GB/T 15834-2011 §4.8): Chinese quotations use “…” and, inside them, ‘…’. */
export const punctAsciiQuote: Rule = {
  id: 'punct/ascii-quote',
  title: '中文中的英文引号',
  defaultSeverity: 'warning',
  scope: 'block',
  check(context) {
    const { document, report } = context;
    for (const [pattern, needs, open, close] of [[DOUBLE, DOUBLE_QUOTE, '“', '”'], [SINGLE, SINGLE_QUOTE, '‘', '’']] as const) {
      for (const { start, end, match } of proseMatches(document, pattern, { needs })) {
        const ascii = match[0][0];
        for (const [at, full] of [[start, open], [end - 1, close]] as const) {
          report({
            start: at,
            end: at + 1,
            message: context.t(`中文引语应使用全角引号「${open}${close}」，而非「${ascii}」`, `Quote Chinese text with 「${open}${close}」, not 「${ascii}」`),
            replacement: full,
          });
        }
      }
    }
  },
};
