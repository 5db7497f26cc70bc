import assert from 'node:assert/strict';
import test from 'node:test';
import fc from 'fast-check';
import { CanonicalCover } from '../../server/src/core/match/canonicalCover';
import { TermBase, type TermEntry } from '../../server/src/core/terminology';

/** The definition, the slow way: a term overlapping the window that is not strictly inside it and shorter. */
function clashes(terms: readonly [number, number][], from: number, to: number): boolean {
  return terms.some(([s, e]) => s < to && from < e && !(from <= s && e <= to && e - s < to - from));
}

const range = (max: number) => fc.tuple(fc.nat(max), fc.nat(max)).map(([a, b]) => (a <= b ? [a, b] : [b, a]) as [number, number]);

test('CanonicalCover.clashes and crosses agree with the definitions for every window and position inside the stretch', () => {
  fc.assert(
    fc.property(fc.nat(20), fc.nat(40), fc.array(range(40), { maxLength: 12 }), (start, length, spans) => {
      const end = start + length;
      // Terms are never empty, and lie inside the stretch.
      const terms = spans.map(([a, b]) => [start + Math.min(a, length), start + Math.min(b, length)] as [number, number]).filter(([s, e]) => e > s);
      const cover = new CanonicalCover(start, end);
      for (const [s, e] of terms) cover.add(s, e);
      for (let from = start; from <= end; from++) {
        for (let to = from + 1; to <= end; to++) assert.equal(cover.clashes(from, to), clashes(terms, from, to), `[${from}, ${to}) with ${JSON.stringify(terms)}`);
      }
      for (let p = start - 2; p <= end + 2; p++) {
        const crossed = p >= start && p <= end && terms.some(([s, e]) => s < p && p < e);
        assert.equal(cover.crosses(p), crossed, `crosses(${p}) with ${JSON.stringify(terms)}`);
      }
    }),
    { numRuns: 300 },
  );
});

test('CanonicalCover does not judge windows reaching outside its stretch', () => {
  const cover = new CanonicalCover(10, 20);
  cover.add(10, 20);
  assert.equal(cover.clashes(12, 15), true);
  assert.equal(cover.clashes(9, 15), false);
  assert.equal(cover.clashes(15, 21), false);
});

test('CanonicalCover.of starts each cover clear, though every cover it makes shares one array', () => {
  const entry = (expected: string, line: number): TermEntry => ({ expected, patterns: [], specs: [], origin: { file: 't.yaml', line } });
  const base = TermBase.fromFiles([{ file: 't.yaml', entries: ['发展战略', '制造业'].map(entry), ignore: [], disable: [] }], { runSpecs: false });
  const termsEverywhere = '发展战略制造业'.repeat(300);
  const crossedIn = (cover: CanonicalCover, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i).filter((p) => cover.crosses(p));
  assert.equal(crossedIn(CanonicalCover.of(base, termsEverywhere, 0, termsEverywhere.length), 0, termsEverywhere.length).length, 300 * 5);
  const plain = '今天天气很好，我们去公园散步。';
  // A shorter stretch, then one at another place of the same text: what the longer cover marked is gone.
  assert.deepEqual(crossedIn(CanonicalCover.of(base, plain, 0, plain.length), 0, plain.length), []);
  const mixed = `${plain}制造业${plain}`;
  assert.deepEqual(crossedIn(CanonicalCover.of(base, mixed, 3, mixed.length), 3, mixed.length), [plain.length + 1, plain.length + 2]);
});

test('CanonicalCover.of, from the longest canonical form ending at each place, judges as a cover of every occurrence', () => {
  const han = fc.constantFrom(...'制造业强做发展');
  const entry = (expected: string, line: number): TermEntry => ({ expected, patterns: [], specs: [], origin: { file: 't.yaml', line } });
  fc.assert(
    // The text is made of the terms and single characters, so that terms overlap, nest and end together.
    fc.property(fc.uniqueArray(fc.array(han, { minLength: 2, maxLength: 5 }).map((cs) => cs.join('')), { minLength: 1, maxLength: 8 }), fc.array(fc.oneof(han, fc.nat()), { maxLength: 30 }), (terms, pieces) => {
      const base = TermBase.fromFiles([{ file: 't.yaml', entries: terms.map(entry), ignore: [], disable: [] }], { runSpecs: false });
      const text = pieces.map((p) => (typeof p === 'string' ? p : terms[p % terms.length])).join('');
      const everyOccurrence = new CanonicalCover(0, text.length);
      for (const m of base.findCanonical(text, 0, text.length)) everyOccurrence.add(m.start, m.end);
      const cover = CanonicalCover.of(base, text, 0, text.length);
      for (let p = -1; p <= text.length + 1; p++) assert.equal(cover.crosses(p), everyOccurrence.crosses(p), `crosses(${p})`);
      for (let from = 0; from <= text.length; from++) {
        for (let to = from + 1; to <= text.length; to++) assert.equal(cover.clashes(from, to), everyOccurrence.clashes(from, to), `[${from}, ${to}) in ${text} with ${terms}`);
      }
    }),
    { numRuns: 300 },
  );
});
