import { proseMatches } from '../text/scan';
import type { Rule } from './rule';

/**
 * 的, 了 and 是 typed twice. Each also doubles legitimately where two words meet, and those meetings are
 * kept out: 目的的, 有的的确 (的 + 的确), 的的确确; 为了了解, 除了了结, 不了了之, 一目了然's 了了然;
 * 是是非非, 问题是是否. Other words were tried and dropped: 在在 (现在在座, 实实在在), 与与 (参与与),
 * 及及 (以及及时), 并并 (合并并购) meet too often across words to be told apart without a parser.
 */
const REPEATED = /(?<![目打])的的(?!确)|了了(?![解之结然断却])|是是(?![否非])/g;

/** word/repeated: a function word typed twice (的的 → 的). */
export const wordRepeated: Rule = {
  id: 'word/repeated',
  title: '字词重复',
  defaultSeverity: 'error',
  scope: 'block',
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
