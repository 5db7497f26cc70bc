import { findNearMissesWithoutClashes, type NearMiss } from '../match/nearMiss';
import { RangeIndex } from '../match/rangeIndex';
import { leftmostLongest } from '../match/select';
import type { TermMatch } from '../terminology';
import { variantsInRun } from '../terminology/variantsInRun';
import type { Rule } from './rule';

/** term/typo: a near miss of a canonical term that nobody listed (做强制制造业 → 做强制造业). */
export const termTypo: Rule = {
  id: 'term/typo',
  title: '疑似误写',
  defaultSeverity: 'warning',
  scope: 'block',
  check({ document, terms, report, t }) {
    const text = document.text;
    // All runs at once: with a large base, their canonical terms are found before the near misses (see CanonicalCover.ofRuns).
    const runs = document.blocks.flatMap((block) => block.runs);
    findNearMissesWithoutClashes(terms, text, runs).forEach((candidates, k) => {
      if (candidates.length === 0) return;
      const run = runs[k];
      // Listed wrong forms may be patterns of any length, so those over the whole run, and only once a
      // candidate has passed the other checks.
      let variants: RangeIndex<TermMatch> | undefined;
      const kept = candidates.filter((c) => {
        if (terms.overlapsIgnored(text, c.start, c.end)) return false;
        variants ??= new RangeIndex(variantsInRun(terms, text, run));
        return !variants.someOverlapping(c.start, c.end);
      });
      for (const miss of leftmostLongest(kept)) {
        report({
          start: miss.start,
          end: miss.end,
          message: t(
            `「${text.slice(miss.start, miss.end)}」疑为「${miss.entry.expected}」之误（${explain(miss, t)}）`,
            `“${text.slice(miss.start, miss.end)}” looks like a typo for “${miss.entry.expected}” (${explain(miss, t)})`,
          ),
          replacement: miss.entry.expected,
          term: miss.entry,
        });
      }
    });
  },
};

function explain(miss: NearMiss, t: (zh: string, en: string) => string): string {
  switch (miss.kind) {
    case 'duplicate':
      return t(`“${miss.char}”重复`, `“${miss.char}” doubled`);
    case 'missing':
      return t(`漏了“${miss.char}”`, `“${miss.char}” missing`);
    case 'swapped':
      return t(`“${miss.char[0]}${miss.char[1]}”顺序颠倒`, `“${miss.char[0]}${miss.char[1]}” swapped`);
    case 'extra':
      return t(`多了“${miss.char}”`, `extra “${miss.char}”`);
    case 'soundAlike':
      return t(`“${miss.char[0]}”应为同音的“${miss.char[1]}”`, `“${miss.char[0]}” for the sound-alike “${miss.char[1]}”`);
  }
}
