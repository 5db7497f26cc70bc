import { outline, type OutlineItem } from '../document/outline';
import type { Rule, RuleContext } from './rule';

const LEVEL_NAMES = ['一、', '（一）', '1.', '（1）'];

/**
 * structure/heading-depth (GB/T 9704-2012 §7.3.3): in Markdown, the heading depth (#, ##…) must agree with
 * the 公文 number in the heading — each number style at one depth, and （一） deeper than 一、. Otherwise
 * the outline, the table of contents and the printed hierarchy disagree. Reports only: which of the two
 * the writer meant is theirs to say.
 */
export const structureHeadingDepth: Rule = {
  id: 'structure/heading-depth',
  title: '标题级别与序号不符',
  defaultSeverity: 'warning',
  scope: 'document',
  check(context) {
    /** The heading depth each 公文 level was first seen at. */
    const depthOf = new Map<number, number>();
    for (const item of outline(context.document)) {
      const level = item.numberingLevel;
      if (!item.marker.startsWith('#') || level === undefined || !item.numbering) continue;
      const depth = item.level;
      const seen = depthOf.get(level);
      if (seen !== undefined) {
        if (seen !== depth) reportAt(context, item, context.t(
          `「${LEVEL_NAMES[level - 1]}」级标题此前用 ${'#'.repeat(seen)}，此处却用 ${'#'.repeat(depth)}`,
          `「${LEVEL_NAMES[level - 1]}」 headings were ${'#'.repeat(seen)} before, ${'#'.repeat(depth)} here`,
        ));
        continue;
      }
      const clash = [...depthOf].find(([other, otherDepth]) => (other < level && otherDepth >= depth) || (other > level && otherDepth <= depth));
      if (clash) {
        const [shallow, deep] = clash[0] < level ? [clash[0], level] : [level, clash[0]];
        reportAt(context, item, context.t(
          `「${LEVEL_NAMES[deep - 1]}」级标题应比「${LEVEL_NAMES[shallow - 1]}」级标题更深（多一个 #）`,
          `「${LEVEL_NAMES[deep - 1]}」 headings go deeper than 「${LEVEL_NAMES[shallow - 1]}」 ones`,
        ));
        continue;
      }
      depthOf.set(level, depth);
    }
  },
};

function reportAt(context: RuleContext, item: OutlineItem, message: string): void {
  const start = context.document.text.indexOf(item.numbering!, item.start);
  context.report({ start, end: start + item.numbering!.length, message });
}
