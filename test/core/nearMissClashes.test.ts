import assert from 'node:assert/strict';
import test from 'node:test';
import fc from 'fast-check';
import { CanonicalCover } from '../../server/src/core/match/canonicalCover';
import { findNearMisses, findNearMissesWithoutClashes } from '../../server/src/core/match/nearMiss';
import { TermBase, type TermEntry } from '../../server/src/core/terminology';
import { editedTerm } from '../support/editedTerm';

// Homophones (路陆录, 和核合, 至制志), so that sound-alikes occur; short terms (three characters) are
// canonical only, and make clashes without being near-missed themselves.
const han = fc.constantFrom(...'路陆录和核合至制志发展强造业');
const termText = fc.array(han, { minLength: 3, maxLength: 7 }).map((cs) => cs.join(''));
const entry = (expected: string, line: number): TermEntry => ({ expected, patterns: [], specs: [], origin: { file: 't.yaml', line } });

const shown = (misses: ReturnType<typeof findNearMisses>) => misses.map((m) => `${m.start}-${m.end} ${m.entry.expected} ${m.kind} ${m.char}`);

test('near misses without clashes: the cover during the scan and the check of each candidate leave out the ones that clash with a canonical term', () => {
  let all = 0;
  let kept = 0;
  fc.assert(
    fc.property(
      fc.uniqueArray(termText, { minLength: 2, maxLength: 8 }),
      fc.array(fc.oneof(han, fc.record({ term: fc.nat(), edit: fc.nat(5), at: fc.nat(), other: han })), { minLength: 3, maxLength: 25 }),
      fc.nat(),
      (terms, pieces, cut) => {
        const base = TermBase.fromFiles([{ file: 't.yaml', entries: terms.map(entry), ignore: [], disable: [] }], { runSpecs: false });
        const text = pieces.map((p) => (typeof p === 'string' ? p : editedTerm(terms[p.term % terms.length], p.edit, p.at, p.other))).join('');
        // Sometimes a part of the text only, so that terms and windows are cut at the range's edges; and
        // sometimes two runs, touching or a character apart, whose covers share one array.
        const start = cut % 3 === 0 ? cut % (text.length + 1) : 0;
        const middle = start + ((cut >> 2) % (text.length - start + 1));
        const runs = cut % 4 === 1 ? [{ start, end: middle }, { start: Math.min(middle + (cut % 2), text.length), end: text.length }] : [{ start, end: text.length }];
        // The obvious way: every near miss of the run, less those that clash with the run's canonical terms.
        const expected = runs.map((run) => {
          const candidates = findNearMisses(base, text, run.start, run.end);
          const cover = CanonicalCover.of(base, text, run.start, run.end);
          return shown(candidates.filter((m) => !cover.clashes(m.start, m.end)));
        });
        const covered = findNearMissesWithoutClashes(base, text, runs, 'cover').map(shown);
        assert.deepEqual(covered, expected);
        assert.deepEqual(findNearMissesWithoutClashes(base, text, runs, 'each').map(shown), expected);
        for (const run of runs) all += findNearMisses(base, text, run.start, run.end).length;
        kept += covered.flat().length;
      },
    ),
    { numRuns: 400 },
  );
  // Not vacuous: near misses were found, and some of them clashed.
  assert.ok(kept > 100 && all > kept, `${kept} kept of ${all}`);
});
