import assert from 'node:assert/strict';
import test from 'node:test';
import fc from 'fast-check';
import { RangeIndex } from '../../server/src/core/match/rangeIndex';

/** The range index term/typo uses on long paragraphs answers exactly what comparing every pair answers. */
test('RangeIndex.someOverlapping agrees with the pairwise check', () => {
  const range = fc.tuple(fc.nat(200), fc.integer({ min: 1, max: 30 })).map(([start, length]) => ({ start, end: start + length, tag: start % 3 }));
  fc.assert(
    fc.property(fc.array(range, { maxLength: 60 }), range, fc.nat(2), (ranges, query, tag) => {
      const index = new RangeIndex(ranges);
      const overlapping = (r: { start: number; end: number }) => r.start < query.end && query.start < r.end;
      assert.equal(index.someOverlapping(query.start, query.end), ranges.some(overlapping));
      assert.equal(
        index.someOverlapping(query.start, query.end, (r) => r.tag === tag),
        ranges.some((r) => overlapping(r) && r.tag === tag),
      );
    }),
    { numRuns: 500 },
  );
});
