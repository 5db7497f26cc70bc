import { outline, type OutlineItem } from '../document/outline';
import type { Rule, RuleContext } from './rule';

/** The marker of each 公文 level with the number n, for messages: 一、 （一） 1. （1）. */
const CHINESE = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
function markerOf(level: number, n: number): string {
  const chinese = n <= 10 ? CHINESE[n] : n < 20 ? `十${CHINESE[n - 10]}` : String(n);
  return [`${chinese}、`, `（${chinese}）`, `${n}.`, `（${n}）`][level - 1];
}

interface Numbered {
  level: number;
  number: number;
  item: OutlineItem;
}

/**
 * structure/heading-order (GB/T 9704-2012 §7.3.3): headings are numbered 一、 → （一） → 1. → （1）, and
 * each level counts 1, 2, 3 under its parent. Levels may be skipped (一、 then 1. in a short text), but
 * not inverted: a level that goes on counting across a shallower heading (（二） 二、 （三）) was used at
 * the wrong depth, and is reported as a break in the count. A level that starts again at 1 is a new list
 * (a second article in the same file), not an error. Reports only: whether a heading is missing or
 * mis-numbered is for the writer to say.
 */
export const structureHeadingOrder: Rule = {
  id: 'structure/heading-order',
  title: '层次序数不规范',
  defaultSeverity: 'warning',
  scope: 'document',
  check(context) {
    const numbered = outline(context.document).flatMap((item): Numbered[] => {
      const level = item.numberingLevel ?? (item.marker.startsWith('#') ? undefined : item.level);
      return level !== undefined && item.number !== undefined ? [{ level, number: item.number, item }] : [];
    });
    /** The last number seen at each level (index level - 1) since its parent. */
    const last: (number | undefined)[] = [];
    for (const heading of numbered) {
      checkCount(context, heading, last[heading.level - 1]);
      last[heading.level - 1] = heading.number;
      last.length = heading.level; // a new parent: deeper levels count afresh
    }
  },
};

function checkCount(context: RuleContext, { level, number, item }: Numbered, previous: number | undefined): void {
  const expected = (previous ?? 0) + 1;
  if (number === expected || number === 1) return;
  const wanted = markerOf(level, expected);
  context.report({
    ...markerRange(context.document.text, item),
    message:
      number > expected
        ? context.t(`序号不连续：此处应为「${wanted}」`, `Numbering skips: expected 「${wanted}」 here`)
        : context.t(`序号重复或倒序：此处应为「${wanted}」`, `Numbering repeats or goes back: expected 「${wanted}」 here`),
  });
}

/** Where the 公文 marker is: inside a Markdown heading's line (after `## `), else where the item starts. */
function markerRange(text: string, item: OutlineItem): { start: number; end: number } {
  const marker = item.numbering ?? item.marker;
  const start = item.numbering ? text.indexOf(marker, item.start) : item.start;
  return { start, end: start + marker.length };
}
