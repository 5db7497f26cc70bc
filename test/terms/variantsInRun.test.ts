import assert from 'node:assert/strict';
import test from 'node:test';
import { parseDocument } from '../../server/src/core/document';
import { variantsInRun } from '../../server/src/core/terminology/variantsInRun';
import { builtinTerms } from '../support/terms';

test('a run’s listed wrong forms are found once per parse and follow the text of a new parse', () => {
  const terms = builtinTerms();
  const first = parseDocument('我们要做强制制造业。\n', 'plaintext');
  const run = first.blocks[0].runs[0];
  const matches = variantsInRun(terms, first.text, run);
  assert.deepEqual(matches.map((m) => first.text.slice(m.start, m.end)), ['做强制制造业']);
  assert.equal(variantsInRun(terms, first.text, run), matches, 'the second rule gets the same matches, not a second scan');

  const edited = parseDocument('今年，我们要做强制制造业。\n', 'plaintext');
  const moved = variantsInRun(terms, edited.text, edited.blocks[0].runs[0]);
  assert.deepEqual(moved.map((m) => [m.start, m.end]), [[6, 12]], 'a new parse is matched afresh, at its own offsets');
});
