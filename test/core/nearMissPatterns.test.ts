import assert from 'node:assert/strict';
import test from 'node:test';
import fc from 'fast-check';
import { CanonicalCover } from '../../server/src/core/match/canonicalCover';
import { FUNCTION_CHARS, KINDS, MIN_TERM_LENGTH, NearMissPatterns } from '../../server/src/core/match/nearMissPatterns';
import { soundAlike } from '../../server/src/core/match/pinyin';
import type { TermEntry } from '../../server/src/core/terminology';
import { editedTerm } from '../support/editedTerm';

/**
 * Near misses found the slow, obvious way: every eligible term, every kind of edit at every position,
 * tried at every place of the text.
 */
function reference(entries: TermEntry[], text: string, start: number, end: number): string[] {
  const found: string[] = [];
  const isHan = (c: string) => c >= '\u4e00' && c <= '\u9fff';
  const occurrences = (s: string, each: (at: number) => void) => {
    for (let at = text.indexOf(s, start); at >= 0 && at + s.length <= end; at = text.indexOf(s, at + 1)) each(at);
  };
  for (const entry of entries) {
    const e = entry.expected;
    const n = e.length;
    if (entry.typo === false || n < MIN_TERM_LENGTH || ![...e].every(isHan)) continue;
    const push = (from: number, length: number, kind: string, char: string) => found.push(`${from}-${from + length} ${e} ${kind} ${char}`);
    for (let i = 1; i < n - 1; i++) {
      occurrences(e.slice(0, i + 1) + e.slice(i), (at) => push(at, n + 1, 'duplicate', e[i]));
      occurrences(e.slice(0, i) + e.slice(i + 1), (at) => push(at, n - 1, 'missing', e[i]));
    }
    for (let i = 0; i < n - 1; i++) {
      if (e[i] !== e[i + 1]) occurrences(e.slice(0, i) + e[i + 1] + e[i] + e.slice(i + 2), (at) => push(at, n, 'swapped', e[i] + e[i + 1]));
    }
    for (let from = start; from + n <= end; from++) {
      for (let i = 0; i < n; i++) {
        const c = text[from + i];
        if (text.startsWith(e.slice(0, i), from) && text.startsWith(e.slice(i + 1), from + i + 1) && isHan(c) && c !== e[i] && soundAlike(c.charCodeAt(0), e.charCodeAt(i))) {
          push(from, n, 'soundAlike', c + e[i]);
        }
      }
    }
    for (let from = start; from + n + 1 <= end; from++) {
      for (let i = 1; i < n; i++) {
        const c = text[from + i];
        if (text.startsWith(e.slice(0, i), from) && text.startsWith(e.slice(i), from + i + 1) && isHan(c) && !FUNCTION_CHARS.has(c) && c !== e[i - 1] && c !== e[i]) {
          push(from, n + 1, 'extra', c);
        }
      }
    }
  }
  return found.sort();
}

function scanned(patterns: NearMissPatterns, text: string, start: number, end: number, cover?: CanonicalCover, growCover = false): string[] {
  const found: string[] = [];
  patterns.scan(
    text,
    start,
    end,
    (row, from) => {
      const e = patterns.entry(row).expected;
      found.push(`${from}-${from + patterns.windowLength(row)} ${e} ${KINDS[patterns.kind(row)]} ${patterns.charsOf(text, row, from)}`);
    },
    cover,
    growCover,
  );
  return found.sort();
}

// Homophones (路陆录, 和核合, 至制志), function characters (的和与) and repeats, so that every kind occurs.
const alphabet = [...'路陆录和核合至制志的与发展强造业'];
const han = fc.constantFrom(...alphabet);
const entry = (expected: string, typo?: boolean): TermEntry => ({ expected, patterns: [], specs: [], typo, origin: { file: 't', line: 1 } });

const term = fc.array(han, { minLength: 4, maxLength: 7 }).map((cs) => cs.join(''));
// The text: filler characters and terms, edited or not.
const piece = fc.oneof(
  { arbitrary: han, weight: 2 },
  { arbitrary: fc.constantFrom('x', '，'), weight: 1 },
  { arbitrary: fc.record({ term: fc.nat(), edit: fc.nat(5), at: fc.nat(), inserted: han }), weight: 4 },
);

/** Terms, a text of them, and the range to scan: mostly the whole text; sometimes a part, cutting windows at its edges. */
const scanCase = fc
  .tuple(fc.uniqueArray(term, { minLength: 1, maxLength: 6 }), fc.array(piece, { minLength: 4, maxLength: 30, size: 'max' }), fc.nat(), fc.nat(), fc.boolean())
  .map(([terms, pieces, a, b, someOff]) => {
    const text = pieces.map((p) => (typeof p === 'string' ? p : editedTerm(terms[p.term % terms.length], p.edit, p.at, p.inserted))).join('');
    const entries = terms.map((t, i) => entry(t, someOff && i === 0 ? false : undefined));
    const start = a % 3 === 0 ? a % (text.length + 1) : 0;
    const end = b % 3 === 0 ? start + (b % (text.length - start + 1)) : text.length;
    return { text, entries, start, end };
  });

test('NearMissPatterns finds exactly the near misses the obvious search finds', () => {
  fc.assert(
    fc.property(scanCase, ({ text, entries, start, end }) => {
      assert.deepEqual(scanned(NearMissPatterns.build(entries), text, start, end), reference(entries, text, start, end));
    }),
    { numRuns: 500 },
  );
});

test('NearMissPatterns works out each record’s number, built or restored, as build() numbered them when adding it', () => {
  fc.assert(
    fc.property(fc.uniqueArray(term, { minLength: 1, maxLength: 8 }), (terms) => {
      const entries = terms.map((t) => entry(t));
      const built = NearMissPatterns.build(entries);
      const restored = NearMissPatterns.restore(entries, built.parts())!;
      // The numbers build() gave, in the tables' order: the values of the tables it built.
      const sides = built as unknown as Record<'starting' | 'ending', { table: { values: Int32Array } }>;
      const rows = [...sides.starting.table.values.keys()].concat([...sides.ending.table.values.keys()].map((v) => -1 - v));
      const numbered = (row: number) => (row >= 0 ? sides.starting.table.values[row] : sides.ending.table.values[-1 - row]);
      for (const row of rows) {
        assert.equal(built.record(row), numbered(row), `row ${row}`);
        assert.equal(restored.record(row), numbered(row), `row ${row}, restored`);
      }
      assert.deepEqual(rows.map(numbered).sort((a, b) => a - b), rows.map((_, i) => i), 'every number once');
    }),
    { numRuns: 300 },
  );
});

/** Scanned with the canonical terms of text[start, end) as the cover, against the obvious search less the windows that clash with one. */
function assertCoverLeavesOutClashes(entries: TermEntry[], text: string, start: number, end: number): void {
  // The terms as written in the range, every one of them (typo: false too), the obvious way.
  const written = writtenTerms(entries, text, start, end);
  const cover = new CanonicalCover(start, end);
  for (const [s, e] of written) cover.add(s, e);
  const clashes = (found: string) => {
    const [from, to] = found.split(' ')[0].split('-').map(Number);
    return written.some(([s, e]) => s < to && from < e && !(from <= s && e <= to && e - s < to - from));
  };
  const expected = reference(entries, text, start, end).filter((found) => !clashes(found));
  assert.deepEqual(scanned(NearMissPatterns.build(entries), text, start, end, cover), expected, `${text} [${start}, ${end})`);
}

test('NearMissPatterns with the canonical terms of the range leaves out exactly the windows that clash with one', () => {
  fc.assert(
    fc.property(scanCase, ({ text, entries, start, end }) => assertCoverLeavesOutClashes(entries, text, start, end)),
    { numRuns: 500 },
  );
});

/** [start, end) of every term of `entries` written in text[start, end). */
function writtenTerms(entries: TermEntry[], text: string, start: number, end: number): [number, number][] {
  const written: [number, number][] = [];
  for (const { expected } of entries) {
    for (let at = text.indexOf(expected, start); at >= 0 && at + expected.length <= end; at = text.indexOf(expected, at + 1)) written.push([at, at + expected.length]);
  }
  return written;
}

test('NearMissPatterns growing its cover: it leaves out only windows that clash with a term as written, and adds only terms as written', () => {
  let leftOut = 0;
  fc.assert(
    fc.property(scanCase, ({ text, entries, start, end }) => {
      const written = writtenTerms(entries, text, start, end);
      const clashes = (found: string) => {
        const [from, to] = found.split(' ')[0].split('-').map(Number);
        return written.some(([s, e]) => s < to && from < e && !(from <= s && e <= to && e - s < to - from));
      };
      const all = reference(entries, text, start, end);
      const cover = new CanonicalCover(start, end);
      const grown = scanned(NearMissPatterns.build(entries), text, start, end, cover, true);
      // Between the near misses less every clash and all of them, and whatever it left out does clash.
      for (const found of all) assert.ok(grown.includes(found) || clashes(found), `${found} left out of ${text} [${start}, ${end})`);
      for (const found of grown) assert.ok(all.includes(found), `${found} in ${text}`);
      leftOut += all.length - grown.length;
      // What the cover holds afterwards lies inside terms as written.
      for (let p = start; p <= end; p++) assert.ok(!cover.crosses(p) || written.some(([s, e]) => s < p && p < e), `${text}: crosses ${p}`);
    }),
    { numRuns: 500 },
  );
  assert.ok(leftOut > 50, `only ${leftOut} windows left out`);
});

test('NearMissPatterns growing its cover: a term as written leaves out a near miss that starts inside it', () => {
  // 强造业至 is 强造业志 with a sound-alike last character (至, 志: zhi); it starts inside the term 发展强造,
  // written as is and found where it starts, before the scan reaches the near miss.
  const entries = ['发展强造', '强造业志'].map((t) => entry(t));
  const text = '发展强造业至';
  assert.deepEqual(scanned(NearMissPatterns.build(entries), text, 0, text.length), ['2-6 强造业志 soundAlike 至志']);
  const cover = new CanonicalCover(0, text.length);
  assert.deepEqual(scanned(NearMissPatterns.build(entries), text, 0, text.length, cover, true), []);
  assert.ok(cover.crosses(1) && cover.crosses(3) && !cover.crosses(4), 'the term 发展强造 is in the cover');
});

test('NearMissPatterns with a cover: one key, windows of two shapes, one clashing and one not', () => {
  // Under the key of the inner window 陆和核合: 路陆和核合 with a sound-alike first character (the window
  // one character longer on the left) and 陆核和合 swapped (the inner window itself). 陆和核合 is a term
  // too: it is the swapped window, a clash, and lies strictly inside the longer window, no clash.
  const entries = ['路陆和核合', '陆核和合', '陆和核合'].map((t) => entry(t));
  for (const text of ['录陆和核合', '录陆和核合路', '陆和核合']) assertCoverLeavesOutClashes(entries, text, 0, text.length);
  const cover = new CanonicalCover(0, 5);
  cover.add(1, 5);
  assert.deepEqual(scanned(NearMissPatterns.build(entries), '录陆和核合', 0, 5, cover), ['0-5 路陆和核合 soundAlike 录路']);
});

test('NearMissPatterns with a cover: a shorter term at the start or end of a window one character longer than its inner window is no clash', () => {
  // 录陆和核合 is 路陆和核合 with a sound-alike first character, and starts with the term 录陆和; 陆和核合录
  // is 陆和核合路 with a sound-alike last character, and ends with the term 核合录. The shorter terms lie
  // inside the windows, so both near misses stand, though the inner windows' first or last characters
  // lie inside a term.
  const entries = ['路陆和核合', '录陆和', '陆和核合路', '核合录'].map((t) => entry(t));
  for (const text of ['录陆和核合', '陆和核合录', '的录陆和核合的', '的陆和核合录的']) assertCoverLeavesOutClashes(entries, text, 0, text.length);
  const cover = new CanonicalCover(0, 5);
  cover.add(0, 3);
  assert.ok(scanned(NearMissPatterns.build(entries), '录陆和核合', 0, 5, cover).includes('0-5 路陆和核合 soundAlike 录路'));
  const otherCover = new CanonicalCover(0, 5);
  otherCover.add(2, 5);
  assert.ok(scanned(NearMissPatterns.build(entries), '陆和核合录', 0, 5, otherCover).includes('0-5 陆和核合路 soundAlike 录路'));
});

test('NearMissPatterns: terms of 32 characters and more (lengths share bits modulo 32), terms not all Han, windows at the edges of the range', () => {
  const long = '发展强造业路和至制志陆核合录强发展造业路和至制志陆核合录强发展造业路';
  const entries = [entry(long), entry('路陆和核'), entry('路陆x核')];
  for (const text of [long.slice(0, 10) + '录' + long.slice(11), long.slice(1), '陆和核', '录陆和核', '路陆和合', long + '强']) {
    for (const [start, end] of [[0, text.length], [1, text.length], [0, text.length - 1]]) {
      assert.deepEqual(scanned(NearMissPatterns.build(entries), text, start, end), reference(entries, text, start, end), `${text} [${start}, ${end})`);
    }
  }
});

test('NearMissPatterns: terms of up to 500 characters have near misses, found at any position; longer ones have none', () => {
  // Positions and lengths are packed 9 bits each: 400 and 501 need all nine.
  const long = Array.from({ length: 500 }, (_, i) => alphabet[(i * 7) % alphabet.length] + alphabet[(i * 3 + 1) % alphabet.length]).join('').slice(0, 500);
  const doubled = `${long.slice(0, 401)}${long[400]}${long.slice(401)}`;
  const found = (terms: string[], text: string) => scanned(NearMissPatterns.build(terms.map((t) => entry(t))), text, 0, text.length);
  assert.deepEqual(found([long], doubled), reference([entry(long)], doubled, 0, doubled.length));
  assert.ok(found([long], doubled).some((f) => f.startsWith(`0-501 ${long} duplicate ${long[400]}`)));
  const tooLong = `${long}路`;
  assert.deepEqual(found([tooLong], `${doubled}路`), []);
});
