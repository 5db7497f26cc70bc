import type { KeptArrays } from '../input/keptArrays';
import { KeptArraysStore } from '../input/keptArraysStore';
import type { Items } from '../items';
import { AhoCorasick } from '../match/ahoCorasick';
import { LiteralPatterns } from '../match/literalPatterns';
import type { InputProblem } from '../types';
import type { TermEntry, TermFile } from './entry';
import { deriveMatchers, type RegexVariant } from './matchers';
import { mergeEntries } from './merge';
import { parsePattern } from './pattern';

/**
 * A term base's merged entries and matchers (see matchers.ts), kept on disk under the base's content key
 * (see contentKey.ts). A CLI run derives them with code not yet compiled by the JIT: for a 20,000-term
 * base, about 90 ms of building automata and checking patterns; reading them back takes a few. What is
 * kept names each merged entry by its file and number there, so that a run reads back only the entries
 * it matches from files read back from disk (see load.ts). Only a base the merge and the safety check
 * pass whole is kept: then all of it depends on the files' contents alone.
 */
const matchers = new KeptArraysStore('terms', { layout: 1007, kept: 4 });

/** Smaller bases derive their matchers about as fast as a file is read: not worth one. */
const MIN_ENTRIES = 1000;

export function keepTermMatchersIn(dir: string | undefined): void {
  matchers.keepIn(dir);
}

/** The entries a stack of term files merges into, and how to match them. */
export interface MergedBase {
  /** The merged entries by number, each made when first asked for. */
  entries: Items<TermEntry>;
  /** The merge's and the safety check's reports. */
  problems: InputProblem[];
  literalVariants: LiteralPatterns<TermEntry>;
  regexVariants: RegexVariant[];
  canonical: AhoCorasick<TermEntry>;
  /** The numbers of the entries that have specs. */
  withSpecs: Int32Array;
  /** Entries by expected form, when the entries were merged here rather than read back. */
  byExpected?: ReadonlyMap<string, TermEntry>;
}

/** `key`: the files' content key. */
export function mergedBaseFor(files: readonly TermFile[], key: () => string): MergedBase {
  const count = files.reduce((n, file) => n + byNumberOf(file).length, 0);
  if (count < MIN_ENTRIES) return derive(files).base;
  return matchers.get<{ base: MergedBase; derived?: Derived }>(
    key,
    (arrays) => restore(files, arrays),
    () => {
      const derived = derive(files);
      return { base: derived.base, derived };
    },
    // A base the merge or the safety check found fault with is derived on every run, so that its problems are reported.
    ({ base, derived }) => (derived && base.problems.length === 0 ? partsOf(derived) : undefined),
  ).base;
}

/** The name of the file that keeps the matchers of a base with this content key, when it has enough entries. */
export function keptMatchersName(key: string): string {
  return matchers.fileName(key);
}

/** The matchers' arrays as the file holds them under `key`. Exported for the tests, as unpack(). */
export function pack(key: string, arrays: KeptArrays): Uint8Array {
  return matchers.pack(key, arrays);
}

/** The arrays pack() wrote, or undefined when the file is not of this layout, is cut short or another key's. */
export function unpack(key: string, file: Uint8Array): KeptArrays | undefined {
  return matchers.unpack(key, file);
}

interface Derived {
  base: MergedBase;
  /** Per merged entry, its file's number and its number there. */
  from: { files: Int32Array; numbers: Int32Array };
  literalEntries: Int32Array;
}

function derive(files: readonly TermFile[]): Derived {
  const merged = mergeEntries(files);
  const derived = deriveMatchers(merged.entries);
  const entries = derived.entries;
  const withSpecs = Int32Array.from(entries.flatMap((entry, i) => (entry.specs.length > 0 ? [i] : [])));
  // Unless the safety check dropped a pattern (a new entry object, and a problem), the merged map is the lookup.
  const byExpected = derived.problems.length === 0 ? merged.byExpected : new Map(entries.map((entry) => [entry.expected, entry]));
  const { literalVariants, regexVariants, canonical } = derived;
  const base: MergedBase = { entries, problems: [...merged.problems, ...derived.problems], literalVariants, regexVariants, canonical, withSpecs, byExpected };
  return { base, from: merged.from, literalEntries: derived.literalEntries };
}

/**
 * int32: the number of the literal wrong forms' matcher's int32 arrays, its int32 arrays, the canonical
 * automaton's, each literal wrong form's entry number, each regex wrong form's entry and pattern numbers
 * (its RegExp is compiled again on reading), each entry's file and number there, and the numbers of the
 * entries with specs; uint16 and uint8: the canonical automaton's, then the matcher's.
 */
function partsOf({ base, from, literalEntries }: Derived): KeptArrays {
  const literal = base.literalVariants.parts();
  const canonicalParts = base.canonical.parts();
  const regexAt = Int32Array.from(base.regexVariants.flatMap(({ number, pattern }) => [number, pattern]));
  return {
    int32: [Int32Array.of(literal.int32.length), ...literal.int32, ...canonicalParts.int32, literalEntries, regexAt, from.files, from.numbers, base.withSpecs],
    uint16: [...canonicalParts.uint16, ...literal.uint16],
    uint8: [...canonicalParts.uint8, ...literal.uint8],
  };
}

/** The base partsOf() kept for these files, or undefined when the arrays do not fit together or the files. */
function restore(files: readonly TermFile[], { int32, uint16, uint8 }: KeptArrays): { base: MergedBase } | undefined {
  const [canonicalChars, ...literalUint16] = uint16;
  const [alphabet, hasOutput, ...literalUint8] = uint8;
  if (!canonicalChars || !hasOutput) return undefined;
  const literalCount = int32[0]?.length === 1 ? int32[0][0] : -1;
  if (literalCount < 0 || int32.length < 1 + literalCount + 5) return undefined;
  const [literalEntries, regexAt, fileNumbers, numbers, withSpecs] = int32.slice(-5);
  const entries = entriesFrom(files, fileNumbers, numbers);
  if (!entries || literalEntries.some((i) => i < 0 || i >= entries.length) || withSpecs.some((i) => i < 0 || i >= entries.length)) return undefined;
  const regexVariants = regexVariantsAt(entries, regexAt);
  const literalItems = { length: literalEntries.length, at: (k: number) => entries.at(literalEntries[k]) };
  const literalVariants = LiteralPatterns.restore({ int32: int32.slice(1, 1 + literalCount), uint16: literalUint16, uint8: literalUint8 }, literalItems);
  const canonical = AhoCorasick.restore({ int32: int32.slice(1 + literalCount, -5), uint16: [canonicalChars], uint8: [alphabet, hasOutput] }, entries);
  if (!literalVariants || !canonical || !regexVariants) return undefined;
  return { base: { entries, problems: [], literalVariants, regexVariants, canonical, withSpecs } };
}

/** The merged entries, each read from its file when first asked for; undefined when a number is past its file's entries. */
function entriesFrom(files: readonly TermFile[], fileNumbers: Int32Array, numbers: Int32Array): Items<TermEntry> | undefined {
  if (fileNumbers.length !== numbers.length) return undefined;
  const byNumber = files.map(byNumberOf);
  for (let i = 0; i < numbers.length; i++) {
    const file = byNumber[fileNumbers[i]];
    if (file === undefined || numbers[i] < 0 || numbers[i] >= file.length) return undefined;
  }
  return { length: numbers.length, at: (i: number) => (i >= 0 && i < numbers.length ? byNumber[fileNumbers[i]].at(numbers[i]) : undefined) };
}

/** The regex wrong forms at `regexAt`'s (entry, pattern) numbers, compiled; undefined when one is not a regex pattern there. */
function regexVariantsAt(entries: Items<TermEntry>, regexAt: Int32Array): RegexVariant[] | undefined {
  const variants: RegexVariant[] = [];
  for (let k = 0; k + 1 < regexAt.length; k += 2) {
    const entry = entries.at(regexAt[k]);
    const source = entry?.patterns[regexAt[k + 1]];
    if (entry === undefined || source === undefined) return undefined;
    try {
      const parsed = parsePattern(source, entry.options?.wordBoundary);
      if (parsed.kind !== 'regex') return undefined;
      variants.push({ entry, number: regexAt[k], pattern: regexAt[k + 1], regex: parsed.regex });
    } catch {
      return undefined;
    }
  }
  return regexAt.length % 2 === 0 ? variants : undefined;
}

/** A file's entries by number: one at a time when it was read back from disk, else its array. */
function byNumberOf(file: TermFile): Items<TermEntry> {
  return file.entriesByNumber ?? file.entries;
}
