import type { KeptArrays } from '../input/keptArrays';
import { KeptArraysStore } from '../input/keptArraysStore';
import { AhoCorasick } from '../match/ahoCorasick';
import type { TermEntry } from './entry';
import { deriveMatchers, type RegexVariant, type TermMatchers } from './matchers';
import { parsePattern } from './pattern';

/**
 * A term base's matchers (see matchers.ts), kept on disk under the base's content key (see
 * contentKey.ts). A CLI run derives them with code not yet compiled by the JIT: for a 20,000-term base,
 * about 90 ms of building automata and checking patterns; reading them back takes a few. Only a base
 * the safety check passes whole is kept: then the matchers depend on the expected forms and patterns
 * alone.
 */
const matchers = new KeptArraysStore('terms', { layout: 1005, kept: 4 });

/** Smaller bases derive their matchers about as fast as a file is read: not worth one. */
const MIN_ENTRIES = 1000;

export function keepTermMatchersIn(dir: string | undefined): void {
  matchers.keepIn(dir);
}

/** `key`: the content key of the files the candidates were merged from. */
export function termMatchersFor(candidates: readonly TermEntry[], key: () => string): TermMatchers {
  if (candidates.length < MIN_ENTRIES) return deriveMatchers(candidates);
  return matchers.get(
    key,
    (arrays) => restore(candidates, arrays),
    () => deriveMatchers(candidates),
    // A base the safety check found fault with is derived on every run, so that its problems are reported.
    (derived) => (derived.problems.length === 0 ? partsOf(derived) : undefined),
  );
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

/**
 * int32: the number of the wrong-form automaton's int32 arrays, its int32 arrays, the canonical one's,
 * each literal wrong form's entry number, then each regex wrong form's entry and pattern numbers (its
 * RegExp is compiled again on reading); uint16 and uint8: each automaton's.
 */
function partsOf({ entries, literalVariants, regexVariants, canonical }: TermMatchers): KeptArrays {
  const entryNumbers = new Map(entries.map((entry, i) => [entry, i]));
  const literal = literalVariants.parts();
  const canonicalParts = canonical.parts();
  const regexAt = Int32Array.from(regexVariants.flatMap(({ entry, pattern }) => [entryNumbers.get(entry)!, pattern]));
  return {
    int32: [Int32Array.of(literal.int32.length), ...literal.int32, ...canonicalParts.int32, Int32Array.from(literalVariants.items, (entry) => entryNumbers.get(entry)!), regexAt],
    uint16: [...literal.uint16, ...canonicalParts.uint16],
    uint8: [...literal.uint8, ...canonicalParts.uint8],
  };
}

/** The matchers partsOf() kept for these candidates, or undefined when the arrays do not fit together. */
function restore(entries: readonly TermEntry[], { int32, uint16, uint8 }: KeptArrays): TermMatchers | undefined {
  const [literalChars, canonicalChars] = uint16;
  if (uint16.length !== 2 || uint8.length !== 4) return undefined;
  const literalCount = int32[0]?.length === 1 ? int32[0][0] : -1;
  if (literalCount < 0 || int32.length < 1 + literalCount + 2) return undefined;
  const [entryNumbers, regexAt] = int32.slice(-2);
  // By index: see numbered() in nearMissIndexCache.ts.
  const literalItems = new Array<TermEntry>(entryNumbers.length);
  for (let k = 0; k < entryNumbers.length; k++) {
    if (entryNumbers[k] < 0 || entryNumbers[k] >= entries.length) return undefined;
    literalItems[k] = entries[entryNumbers[k]];
  }
  const regexVariants = regexVariantsAt(entries, regexAt);
  const literalVariants = AhoCorasick.restore({ int32: int32.slice(1, 1 + literalCount), uint16: [literalChars], uint8: uint8.slice(0, 2) }, literalItems);
  const canonical = AhoCorasick.restore({ int32: int32.slice(1 + literalCount, -2), uint16: [canonicalChars], uint8: uint8.slice(2) }, entries);
  return literalVariants && canonical && regexVariants && { entries: entries.slice(), problems: [], literalVariants, regexVariants, canonical };
}

/** The regex wrong forms at `regexAt`'s (entry, pattern) numbers, compiled; undefined when one is not a regex pattern there. */
function regexVariantsAt(entries: readonly TermEntry[], regexAt: Int32Array): RegexVariant[] | undefined {
  const variants: RegexVariant[] = [];
  for (let k = 0; k + 1 < regexAt.length; k += 2) {
    const entry = entries[regexAt[k]];
    const source = entry?.patterns[regexAt[k + 1]];
    if (source === undefined) return undefined;
    try {
      const parsed = parsePattern(source, entry.options?.wordBoundary);
      if (parsed.kind !== 'regex') return undefined;
      variants.push({ entry, pattern: regexAt[k + 1], regex: parsed.regex });
    } catch {
      return undefined;
    }
  }
  return regexAt.length % 2 === 0 ? variants : undefined;
}
