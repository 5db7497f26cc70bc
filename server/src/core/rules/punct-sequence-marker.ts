import { charSet, runsHolding } from '../text/presence';
import { proseMatches } from '../text/scan';
import type { Rule } from './rule';

/** At the start of a block: a bracketed sequence marker followed by a mark, （一）、 or (1)，. */
const MARK_AFTER_BRACKETS = /^([\ufeff \t\u3000]*[（(](?:[一二三四五六七八九十]+|\d{1,2})[）)])([、，,．.:：])/g;
/** At the start of a block: an Arabic numeral followed by 、, the third-level heading written 1、 (2、3月份 is two months). */
const NUMERAL_COMMA = /^([\ufeff \t\u3000]*\d{1,2})、(?!\d)/g;
/** Both markers hold a bracket or a digit. */
const MARKER_CHARS = charSet('（(0123456789');

/**
 * punct/sequence-marker (GB/T 15834-2011 §4.5 and 附录 B, GB/T 9704-2012 §7.3.3): heading markers are
 * 一、 （一） 1. （1）: nothing follows a bracketed marker, and an Arabic numeral takes a full stop, not 、.
 */
export const punctSequenceMarker: Rule = {
  id: 'punct/sequence-marker',
  title: '序号标点不规范',
  defaultSeverity: 'warning',
  scope: 'block',
  check(context) {
    const { document, report } = context;
    // Each block's first run, where it holds what a marker needs.
    const firstRuns = runsHolding(document, MARKER_CHARS)
      .filter(({ block, run }) => run === block.runs[0])
      .map(({ block, run }) => ({ ...block, runs: [run] }));
    for (const { match, end } of proseMatches(document, MARK_AFTER_BRACKETS, { blocks: firstRuns })) {
      report({
        start: end - 1,
        end,
        message: context.t(`括号序号后不再加标点「${match[2]}」`, `No mark after a bracketed sequence number: remove 「${match[2]}」`),
        replacement: '',
        fixTitle: context.t(`删去「${match[2]}」`, `Remove 「${match[2]}」`),
      });
    }
    for (const { match, end } of proseMatches(document, NUMERAL_COMMA, { blocks: firstRuns })) {
      report({
        start: end - 1,
        end,
        message: context.t(`阿拉伯数字序号后用「.」，应为「${match[1].trim()}.」`, `An Arabic sequence number takes 「.」: 「${match[1].trim()}.」`),
        replacement: '.',
      });
    }
  },
};
