import { charSet } from '../text/presence';
import { proseMatches } from '../text/scan';
import type { Rule } from './rule';

/**
 * 截止 followed by a point in time: 截止目前, 截止到6月底, 截止2023年. 截止 means "to close" (截止日期,
 * 报名已截止); "up to a time" is 截至. 截止到 becomes 截至 (至 already says 到).
 */
const JIEZHI = /截止(?:到|于)?(?=目前|当前|现在|今年|去年|本月|上月|本周|年底|年末|发稿|\d|[一二三四五六七八九十]+月)/g;
const JIE = charSet('截');

/** word/jiezhi: 截至 (up to a time) is not 截止 (to close). */
export const wordJiezhi: Rule = {
  id: 'word/jiezhi',
  title: '截止与截至',
  defaultSeverity: 'error',
  scope: 'block',
  check(context) {
    for (const { match, start, end } of proseMatches(context.document, JIEZHI, { needs: JIE })) {
      context.report({
        start,
        end,
        message: context.t(`表示“到某时为止”应为「截至」，而非「${match[0]}」`, `"Up to (a time)" is 「截至」, not 「${match[0]}」`),
        replacement: '截至',
      });
    }
  },
};
