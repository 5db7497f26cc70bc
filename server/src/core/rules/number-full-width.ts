import { toHalfWidth } from '../text/chars';
import { charSet } from '../text/presence';
import { proseMatches } from '../text/scan';
import type { Rule } from './rule';

/** Full-width digits and Latin letters (and a full-width point between digits: ３．１４). */
const FULL_WIDTH = /[０-９Ａ-Ｚａ-ｚ]+(?:[．][０-９]+)*/g;
const FULL_WIDTH_CHARS = charSet('０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ');

/** number/full-width (GB/T 15835-2011, and the half-width digits of every 公文): Arabic numerals and Latin letters are half-width. */
export const numberFullWidth: Rule = {
  id: 'number/full-width',
  title: '全角数字或字母',
  defaultSeverity: 'warning',
  scope: 'block',
  check(context) {
    for (const { match, start, end } of proseMatches(context.document, FULL_WIDTH, { needs: FULL_WIDTH_CHARS })) {
      const half = toHalfWidth(match[0]);
      context.report({
        start,
        end,
        message: context.t(`数字和字母应使用半角：「${match[0]}」应为「${half}」`, `Digits and Latin letters are half-width: 「${half}」`),
        replacement: half,
      });
    }
  },
};
