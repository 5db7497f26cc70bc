import type { ProseRun } from '../document';
import type { TermBase, TermMatch } from './termBase';

/**
 * The listed wrong forms in a run, found once per lint for the two rules that need them: term/variant
 * reports them, term/typo drops the near misses they overlap. Keyed by the run object, which every parse
 * makes anew, so a run's matches never outlive its text.
 */
const found = new WeakMap<TermBase, WeakMap<ProseRun, readonly TermMatch[]>>();

export function variantsInRun(terms: TermBase, text: string, run: ProseRun): readonly TermMatch[] {
  let byRun = found.get(terms);
  if (!byRun) found.set(terms, (byRun = new WeakMap()));
  let matches = byRun.get(run);
  if (!matches) byRun.set(run, (matches = terms.findVariants(text, run.start, run.end)));
  return matches;
}
