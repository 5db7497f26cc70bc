import type { InputProblem } from '../types';
import { allItems, type Items } from '../items';
import type { AhoCorasick } from '../match/ahoCorasick';
import { AhoCorasickBuilder } from '../match/ahoCorasickBuilder';
import type { LiteralPatterns } from '../match/literalPatterns';
import { contentKeyOf } from './contentKey';
import type { PersonEntry, TermEntry, TermFile } from './entry';
import { mergedBaseFor } from './matchersCache';
import type { RegexVariant } from './matchers';
import { expand } from './pattern';
import { runSpecs } from './specs';

export interface TermMatch {
  start: number;
  end: number;
  entry: TermEntry;
  /** The canonical replacement for this match ($n expanded for regex patterns). */
  replacement: string;
}

/**
 * The term bases in force, stacked: the built-in one first, then user and team bases. A later base
 * overrides an entry with the same expected form, and can switch entries off (`disable`). Matching
 * structures are built once here, not per lint.
 */
export class TermBase {
  readonly ignore: ReadonlySet<string>;
  readonly problems: InputProblem[];
  /** People by name, stacked like entries: a later base's person replaces an earlier one of that name. */
  readonly people: ReadonlyMap<string, PersonEntry>;
  /** The merged entries by number, each made when first asked for (see matchersCache.ts). */
  readonly entriesByNumber: Items<TermEntry>;
  private all?: TermEntry[];
  private byExpected?: ReadonlyMap<string, TermEntry>;
  private readonly literalVariants: LiteralPatterns<TermEntry>;
  private readonly regexVariants: RegexVariant[];
  private readonly canonical: AhoCorasick<TermEntry>;
  /** The words marked as correct, when there are any. */
  private readonly ignored?: AhoCorasick<number>;
  private longestIgnored = 0;
  private key: string | undefined;

  static fromFiles(files: TermFile[], options: { runSpecs?: boolean } = {}): TermBase {
    return new TermBase(files, options.runSpecs ?? true);
  }

  private constructor(
    private readonly files: readonly TermFile[],
    withSpecs: boolean,
  ) {
    const ignore = new Set<string>();
    const people = new Map<string, PersonEntry>();
    for (const file of files) {
      for (const name of file.disable) people.delete(name);
      for (const person of file.people ?? []) people.set(person.name, person);
      for (const word of file.ignore) ignore.add(word);
    }
    const base = mergedBaseFor(files, () => this.contentKey());
    this.entriesByNumber = base.entries;
    this.byExpected = base.byExpected;
    this.literalVariants = base.literalVariants;
    this.regexVariants = base.regexVariants;
    this.canonical = base.canonical;
    this.problems = [...base.problems];
    if (withSpecs) this.problems.push(...runSpecs(Array.from(base.withSpecs, (i) => base.entries.at(i)!)));
    this.ignore = ignore;
    this.people = people;
    if (ignore.size > 0) {
      const ignored = new AhoCorasickBuilder<number>();
      for (const word of ignore) {
        ignored.add(word, word.length);
        this.longestIgnored = Math.max(this.longestIgnored, word.length);
      }
      this.ignored = ignored.build();
    }
  }

  /** Names what is derived from this base's entries and kept on disk (see contentKey.ts); made when first asked for. */
  contentKey(): string {
    return (this.key ??= contentKeyOf(this.files));
  }

  /** Does text[start, end) overlap a word the user marked as correct (`ignore`, 「忽略此词」)? */
  overlapsIgnored(text: string, start: number, end: number): boolean {
    if (!this.ignored || this.longestIgnored === 0) return false;
    let hit = false;
    const from = Math.max(0, start - this.longestIgnored + 1);
    const to = Math.min(text.length, end + this.longestIgnored - 1);
    this.ignored.scan(text, from, to, (s, e) => {
      if (s < end && start < e) hit = true;
    });
    return hit;
  }

  /** The merged entries, all made when first asked for: a run with a large base read back from disk uses few (see entriesByNumber). */
  get entries(): readonly TermEntry[] {
    return (this.all ??= allItems(this.entriesByNumber));
  }

  /** The length of the longest canonical form, from the automaton: the entries need not be read. */
  longestCanonical(): number {
    return (this.longest ??= this.canonical.longestPattern());
  }

  private longest?: number;

  /** How many entries the base has. */
  get size(): number {
    return this.entriesByNumber.length;
  }

  lookup(expected: string): TermEntry | undefined {
    this.byExpected ??= new Map(this.entries.map((entry) => [entry.expected, entry]));
    return this.byExpected.get(expected);
  }

  /** Every occurrence of a listed wrong form in text[start, end), overlapping ones included. */
  findVariants(text: string, start: number, end: number): TermMatch[] {
    const matches: TermMatch[] = [];
    this.literalVariants.scan(text, start, end, (s, e, entry) => matches.push({ start: s, end: e, entry, replacement: entry.expected }));
    if (this.regexVariants.length > 0) {
      const slice = text.slice(start, end);
      for (const { entry, regex } of this.regexVariants) {
        regex.lastIndex = 0;
        for (let m = regex.exec(slice); m; m = regex.exec(slice)) {
          if (m[0].length === 0) {
            regex.lastIndex++;
            continue;
          }
          const replacement = expand(entry.expected, m);
          // prh's patterns may match the canonical form itself (e.g. case-insensitive): not a finding.
          if (m[0] !== replacement) matches.push({ start: start + m.index, end: start + m.index + m[0].length, entry, replacement });
        }
      }
    }
    return matches;
  }

  /** Every occurrence of a canonical form in text[start, end). */
  findCanonical(text: string, start: number, end: number): TermMatch[] {
    const matches: TermMatch[] = [];
    this.canonical.scan(text, start, end, (s, e, entry) => matches.push({ start: s, end: e, entry, replacement: entry.expected }));
    return matches;
  }

  /**
   * Where the longest canonical form ending at each place in text[start, end) where one ends lies,
   * without a match object for each. The others ending there lie inside it: a cover of the text does not
   * need them (see CanonicalCover).
   */
  eachLongestCanonical(text: string, start: number, end: number, onMatch: (start: number, end: number) => void): void {
    this.canonical.scanLongest(text, start, end, onMatch);
  }
}
