import assert from 'node:assert/strict';
import test from 'node:test';
import { lint, loadBuiltinTerms, TermBase, type Finding } from '../../server/src/core';
import { keepReadingsIn } from '../../server/src/core/input/readingCache';
import { keepNearMissIndexesIn } from '../../server/src/core/match/nearMissIndexCache';
import { parseTermFile } from '../../server/src/core/terminology/load';
import { keepTermMatchersIn } from '../../server/src/core/terminology/matchersCache';
import { withKeptFolder } from '../support/keptFolder';

/** 1,500 four-character Han terms, each with its middle characters swapped as a wrong form: large enough for everything to be kept. */
const terms = Array.from({ length: 1500 }, (_, i) => String.fromCharCode(0x4e00 + 3 * i, 0x5e00 + (i % 97), 0x6e00 + (i % 13), 0x7e00 + (i % 7)));
const yaml = `rules:\n${terms.map((e) => `  - expected: ${e}\n    patterns: [${e[0]}${e[2]}${e[1]}${e[3]}]`).join('\n')}\n`;
/** A few of them as written, as their wrong form, and with a character doubled (a near miss). */
const draft = [3, 70, 1200].map((i) => terms[i]).join('，') + `。${terms[7][0]}${terms[7][2]}${terms[7][1]}${terms[7][3]}，${terms[900][0]}${terms[900][1]}${terms[900][1]}${terms[900][2]}${terms[900][3]}。\n`;

const keepAll = (folder: string | undefined) => {
  keepReadingsIn(folder);
  keepTermMatchersIn(folder);
  keepNearMissIndexesIn(folder);
};
const shown = (findings: Finding[]) => findings.map((f) => `${f.ruleId} ${f.start}-${f.end} ${f.term?.expected ?? ''} ${f.term?.origin.line ?? ''}`);

test('a large base read back from disk makes only the entries a lint asks for, and finds what the base read afresh finds', () => {
  const builtin = loadBuiltinTerms();
  const afresh = TermBase.fromFiles([builtin, parseTermFile(yaml, '/team/terms.yaml').termFile]);
  const expected = shown(lint(draft, { kind: 'markdown', terms: afresh }).findings);
  assert.ok(expected.some((f) => f.startsWith('term/variant')) && expected.some((f) => f.startsWith('term/typo')), expected.join('\n'));
  withKeptFolder(keepAll, () => {
    // The first load keeps the file's reading, the merged base's matchers and the near-miss index.
    lint(draft, { kind: 'markdown', terms: TermBase.fromFiles([builtin, parseTermFile(yaml, '/team/terms.yaml').termFile]) });
    const file = parseTermFile(yaml, '/team/terms.yaml').termFile;
    const byNumber = file.entriesByNumber!;
    assert.ok(byNumber, 'read back from disk');
    const asked = new Set<number>();
    file.entriesByNumber = { length: byNumber.length, at: (i) => (asked.add(i), byNumber.at(i)) };
    const readBack = TermBase.fromFiles([builtin, file]);
    assert.deepEqual(readBack.problems, []);
    assert.deepEqual(shown(lint(draft, { kind: 'markdown', terms: readBack }).findings), expected);
    assert.ok(asked.size > 0 && asked.size < 30, `${asked.size} of ${terms.length} entries made`);
    // Asked for all, they are all there, in the same order, and looked up by expected form.
    assert.deepEqual(readBack.entries.map((e) => e.expected), afresh.entries.map((e) => e.expected));
    assert.equal(readBack.lookup(terms[42])?.origin.line, afresh.lookup(terms[42])?.origin.line);
    assert.equal(readBack.size, afresh.size);
  });
});
