import { leftmostLongest } from '../match/select';
import type { Rule } from './rule';

/** term/variant: a wrong form listed in the term base → its canonical form. */
export const termVariant: Rule = {
  id: 'term/variant',
  title: '不规范提法',
  defaultSeverity: 'error',
  check({ document, terms, report }) {
    for (const block of document.blocks) {
      for (const run of block.runs) {
        const canonical = terms.findCanonical(document.text, run.start, run.end);
        const variants = terms.findVariants(document.text, run.start, run.end).filter(
          // A wrong form inside a correct canonical form is not an error (the fixed text must stay silent).
          (v) => !canonical.some((c) => c.start <= v.start && v.end <= c.end && c.end - c.start > v.end - v.start),
        );
        for (const match of leftmostLongest(variants)) {
          const wrong = document.text.slice(match.start, match.end);
          report({
            start: match.start,
            end: match.end,
            message: `「${wrong}」不是规范提法，应为「${match.replacement}」`,
            replacement: match.replacement,
            term: match.entry,
          });
        }
      }
    }
  },
};
