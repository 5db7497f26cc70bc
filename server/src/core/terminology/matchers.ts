import type { InputProblem } from '../types';
import type { AhoCorasick } from '../match/ahoCorasick';
import { AhoCorasickBuilder } from '../match/ahoCorasickBuilder';
import { LiteralPatterns } from '../match/literalPatterns';
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
  literalVariants: LiteralPatterns<TermEntry>;
  /** The number (in `entries`) of each literal wrong form's entry, in the order the matcher has them. */
  literalEntries: Int32Array;
  /** Every regex wrong form (`/…/`, or any with the word-boundary option), compiled, with its entry. */
  regexVariants: RegexVariant[];
  /** Every expected form, matched to its entry. */
  canonical: AhoCorasick<TermEntry>;
}

export interface RegexVariant {
  entry: TermEntry;
  /** The entry's number in the merged entries, and which of its patterns this is. */
  number: number;
  pattern: number;
  regex: RegExp;
}

export function deriveMatchers(candidates: readonly TermEntry[]): TermMatchers {
  const variants = variantsOf(candidates);
  const { entries, problems } = checkSafety(candidates, variants.literal);
  // The safety check drops a pattern rarely, and reports each one: only then are the variants sorted again without it.
  const { literal, literalEntries, regex } = problems.length === 0 ? variants : variantsOf(entries);
  return { entries, problems, literalVariants: literal, literalEntries, regexVariants: regex, canonical: canonicalOf(entries) };
}

/** The entries' wrong forms, each parsed once: the literal ones in one matcher, the regex ones compiled. */
function variantsOf(entries: readonly TermEntry[]): { literal: LiteralPatterns<TermEntry>; literalEntries: Int32Array; regex: RegexVariant[] } {
  const literal: { pattern: string; value: TermEntry }[] = [];
  const literalEntries: number[] = [];
  const regex: RegexVariant[] = [];
  entries.forEach((entry, number) => {
    entry.patterns.forEach((pattern, i) => {
      const parsed = parsePattern(pattern, entry.options?.wordBoundary);
      if (parsed.kind === 'regex') regex.push({ entry, number, pattern: i, regex: parsed.regex });
      else {
        literal.push({ pattern: parsed.text, value: entry });
        literalEntries.push(number);
      }
    });
  });
  // The canonical forms stand for correct text, where a wrong form's anchor should be rare.
  return { literal: LiteralPatterns.build(literal, entries.map((entry) => entry.expected)), literalEntries: Int32Array.from(literalEntries), regex };
}

function canonicalOf(entries: readonly TermEntry[]): AhoCorasick<TermEntry> {
  const builder = new AhoCorasickBuilder<TermEntry>();
  for (const entry of entries) builder.add(entry.expected, entry);
  return builder.build();
}
