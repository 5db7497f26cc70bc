import { proseMatches } from '../text/scan';
import type { Rule } from './rule';

/**
 * A mark typed twice or more; 。。。 (three or more) is a wrong ellipsis, which punct/ellipsis reports.
 * Spelled out mark by mark, so that the pattern starts with its characters (see proseMatches).
 */
const DOUBLED = /，{2,}|、{2,}|；{2,}|：{2,}|。(?<!。。)。(?!。)/g;

/** punct/doubled (GB/T 15834-2011 §4): one mark where one is meant — ，， 。。 、、 are typing slips. */
export const punctDoubled: Rule = {
  id: 'punct/doubled',
  title: '标点重复',
  defaultSeverity: 'error',
  scope: 'block',
  check(context) {
    for (const { match, start, end } of proseMatches(context.document, DOUBLED)) {
      const mark = match[0][0];
      context.report({
        start,
        end,
        message: context.t(`标点「${mark}」重复`, `The mark 「${mark}」 is repeated`),
        replacement: mark,
        fixTitle: context.t(`只保留一个「${mark}」`, `Keep one 「${mark}」`),
      });
    }
  },
};
