import type { InputProblem } from '../types';
import type { AhoCorasick } from '../match/ahoCorasick';
import { AhoCorasickBuilder } from '../match/ahoCorasickBuilder';
import type { TermEntry } from './entry';
import { parsePattern } from './pattern';
import { checkSafety } from './safety';

/** What a term base derives from its merged entries before it can match: the costly part of loading a large one. */
export interface TermMatchers {
  /** The entries less the patterns the safety check dropped: the candidates themselves when it reported no problem. */
  entries: TermEntry[];
  /** The safety check's reports. */
  problems: InputProblem[];
  /** Every literal wrong form of the entries, matched to its entry. */
  literalVariants: AhoCorasick<TermEntry>;
  /** Every expected form, matched to its entry. */
  canonical: AhoCorasick<TermEntry>;
}

export function deriveMatchers(candidates: readonly TermEntry[]): TermMatchers {
  const literalVariants = literalVariantsOf(candidates);
  const { entries, problems } = checkSafety(candidates, literalVariants);
  // The safety check drops a pattern rarely, and reports each one: only then is the automaton built again without it.
  return { entries, problems, literalVariants: problems.length === 0 ? literalVariants : literalVariantsOf(entries), canonical: canonicalOf(entries) };
}

function literalVariantsOf(entries: readonly TermEntry[]): AhoCorasick<TermEntry> {
  const builder = new AhoCorasickBuilder<TermEntry>();
  for (const entry of entries) {
    for (const pattern of entry.patterns) {
      const parsed = parsePattern(pattern, entry.options?.wordBoundary);
      if (parsed.kind === 'literal') builder.add(parsed.text, entry);
    }
  }
  return builder.build();
}

function canonicalOf(entries: readonly TermEntry[]): AhoCorasick<TermEntry> {
  const builder = new AhoCorasickBuilder<TermEntry>();
  for (const entry of entries) builder.add(entry.expected, entry);
  return builder.build();
}
