import { leftmostLongest } from '../match/select';
import { variantsInRun } from '../terminology/variantsInRun';
import type { Rule } from './rule';

/** term/variant: a wrong form listed in the term base → its canonical form. */
export const termVariant: Rule = {
  id: 'term/variant',
  title: '不规范提法',
  defaultSeverity: 'error',
  scope: 'block',
  // No wrong form can match inside a canonical form: the term base's safety checks refuse such patterns
  // when it loads, so a fixed text is never flagged again.
  check({ document, terms, report, t }) {
    for (const block of document.blocks) {
      for (const run of block.runs) {
        for (const match of leftmostLongest(variantsInRun(terms, document.text, run))) {
          if (terms.overlapsIgnored(document.text, match.start, match.end)) continue;
          const wrong = document.text.slice(match.start, match.end);
          report({
            start: match.start,
            end: match.end,
            message: t(`「${wrong}」不是规范提法，应为「${match.replacement}」`, `“${wrong}” is not the standard formulation; use “${match.replacement}”`),
            replacement: match.replacement,
            term: match.entry,
          });
        }
      }
    }
  },
};
