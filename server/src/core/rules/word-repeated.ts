import { proseMatches } from '../text/scan';
import type { Rule } from './rule';

/**
 * Function words that never double in standard Chinese, typed twice: 的的, 在在, 是是, 了了… The
 * lookarounds keep the idioms that do contain them: 的的确确, 实实在在, 是是非非, 不了了之, 了了分明.
 * Content words are left out on purpose: 天天, 人人, 看看 are legitimate reduplication.
 */
const REPEATED = /(?<!实)在在(?!处)|的的(?!确确)|(?<!是)是是(?!非)|(?<!不)了了(?![之分])|与与|及及|被被|并并|其其|于于|之之/g;

/** word/repeated: a function word typed twice (的的 → 的). */
export const wordRepeated: Rule = {
  id: 'word/repeated',
  title: '字词重复',
  defaultSeverity: 'error',
  check(context) {
    for (const { match, start, end } of proseMatches(context.document, REPEATED)) {
      const single = match[0][0];
      context.report({
        start,
        end,
        message: context.t(`「${single}」重复`, `「${single}」 is repeated`),
        replacement: single,
        fixTitle: context.t(`删去重复的「${single}」`, `Remove the repeated 「${single}」`),
      });
    }
  },
};
