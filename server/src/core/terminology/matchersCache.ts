import type { KeptArrays } from '../input/keptArrays';
import { KeptArraysStore } from '../input/keptArraysStore';
import { AhoCorasick } from '../match/ahoCorasick';
import type { TermEntry } from './entry';
import { deriveMatchers, type TermMatchers } from './matchers';

/**
 * A term base's matchers (see matchers.ts), kept on disk by its entries. A CLI run derives them with code
 * not yet compiled by the JIT: for a 20,000-term base, about 90 ms of building automata and checking
 * patterns; reading them back takes a few. Only a base the safety check passes whole is kept: then the
 * matchers depend on the expected forms and patterns alone. Named by a hash of them, which the file
 * holds whole and restore compares.
 */
const matchers = new KeptArraysStore('terms', { layout: 1002, kept: 4 });

/** Smaller bases derive their matchers about as fast as a file is read: not worth one. */
const MIN_ENTRIES = 1000;

export function keepTermMatchersIn(dir: string | undefined): void {
  matchers.keepIn(dir);
}

export function termMatchersFor(candidates: readonly TermEntry[]): TermMatchers {
  if (candidates.length < MIN_ENTRIES) return deriveMatchers(candidates);
  const key = keyOf(candidates);
  return matchers.get(
    key,
    (arrays) => restore(candidates, key, arrays),
    () => deriveMatchers(candidates),
    // A base the safety check found fault with is derived on every run, so that its problems are reported.
    (derived) => (derived.problems.length === 0 ? partsOf(key, derived) : undefined),
  );
}

/** The name of the file that keeps the matchers of a base with these (merged) entries, when it has enough of them. */
export function keptMatchersName(entries: readonly TermEntry[]): string {
  return matchers.fileName(keyOf(entries));
}

/** The matchers' arrays as the file holds them. Exported for the tests, as unpack(). */
export function pack(arrays: KeptArrays): Uint8Array {
  return matchers.pack(arrays);
}

/** The arrays pack() wrote, or undefined when the file is not of this layout or is cut short. */
export function unpack(file: Uint8Array): KeptArrays | undefined {
  return matchers.unpack(file);
}

/**
 * Everything deriveMatchers() decides by, in one string: the expected forms, the patterns and the
 * word-boundary option. JSON, so that two different lists of entries never give the same key; built
 * by JSON.stringify over arrays of strings, which a CLI run does in half the time of a string a piece
 * per entry (20,000 entries: 6 ms against 12). Where entries were defined is left out: looking up their
 * lines parses the YAML again (see origins.ts), and only the problems, which are never kept, name them.
 */
function keyOf(candidates: readonly TermEntry[]): string {
  const expected = JSON.stringify(candidates.map((entry) => entry.expected));
  const patterns = JSON.stringify(candidates.map((entry) => entry.patterns));
  return expected + patterns + candidates.map((entry) => (entry.options?.wordBoundary ? '1' : '0')).join('');
}

/**
 * int32: the number of the wrong-form automaton's int32 arrays, its int32 arrays, the canonical one's,
 * then each wrong form's entry number; uint16: the key, then each automaton's; uint8: each automaton's.
 */
function partsOf(key: string, { entries, literalVariants, canonical }: TermMatchers): KeptArrays {
  const entryNumbers = new Map(entries.map((entry, i) => [entry, i]));
  const literal = literalVariants.parts();
  const canonicalParts = canonical.parts();
  return {
    int32: [Int32Array.of(literal.int32.length), ...literal.int32, ...canonicalParts.int32, Int32Array.from(literalVariants.items, (entry) => entryNumbers.get(entry)!)],
    uint16: [codeUnitsOf(key), ...literal.uint16, ...canonicalParts.uint16],
    uint8: [...literal.uint8, ...canonicalParts.uint8],
  };
}

/** The matchers partsOf() kept for these candidates, or undefined when the arrays are another base's or do not fit together. */
function restore(entries: readonly TermEntry[], key: string, { int32, uint16, uint8 }: KeptArrays): TermMatchers | undefined {
  const [keptKey, literalChars, canonicalChars] = uint16;
  if (uint16.length !== 3 || uint8.length !== 4 || !sameText(keptKey, key)) return undefined;
  const literalCount = int32[0]?.length === 1 ? int32[0][0] : -1;
  if (literalCount < 0 || int32.length < 1 + literalCount + 1) return undefined;
  const entryNumbers = int32[int32.length - 1];
  if (entryNumbers.some((i) => i < 0 || i >= entries.length)) return undefined;
  const literalItems = Array.from(entryNumbers, (i) => entries[i]);
  const literalVariants = AhoCorasick.restore({ int32: int32.slice(1, 1 + literalCount), uint16: [literalChars], uint8: uint8.slice(0, 2) }, literalItems);
  const canonical = AhoCorasick.restore({ int32: int32.slice(1 + literalCount, -1), uint16: [canonicalChars], uint8: uint8.slice(2) }, entries);
  return literalVariants && canonical && { entries: entries.slice(), problems: [], literalVariants, canonical };
}

function codeUnitsOf(text: string): Uint16Array {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return units;
}

/** Compared as bytes (a loop over a large base's key took a CLI run 4 ms); a big-endian machine's never match, and the matchers are derived. */
function sameText(units: Uint16Array, text: string): boolean {
  return units.length === text.length && Buffer.from(text, 'utf16le').equals(new Uint8Array(units.buffer, units.byteOffset, units.byteLength));
}
