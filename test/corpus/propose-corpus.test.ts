import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileTermSources, TermBase } from '../../server/src/core';
import { proposeTerms } from '../../server/src/core/corpus/propose';
import { readCorpusFolder } from '../../server/src/core/corpus/read';
import { main } from '../../server/src/cli/main';
import { REPO, sharedFolder } from '../support/terms';
import { tempFolder } from '../support/tempDir';

const shared = sharedFolder();
const curated = compileTermSources(join(REPO, 'terminology')).termFile;
const emptyBase = TermBase.fromFiles([{ file: 'none', entries: [], ignore: [], disable: [] }]);

test('propose on ../shared/corpus, knowing no base, reproduces every entry the curated base was built from', { skip: shared.skip }, () => {
  const { texts } = readCorpusFolder(join(shared.path, 'corpus'));
  const proposed = new Set(proposeTerms(texts, emptyBase).candidates.map((c) => c.text));
  // Proposed as written: the expected form, or the corpus's own wrong form (巴南区常委).
  const missing = curated.entries.filter((e) => ![e.expected, ...e.patterns].some((form) => proposed.has(form)));
  // What remains must be a typo the corpus has throughout: only the known-base run can point at it.
  const flagged = new Set(proposeTerms(texts, TermBase.fromFiles([curated])).candidates.filter((c) => c.kind === 'nearDuplicate').map((c) => c.text));
  assert.deepEqual(missing.filter((e) => !e.patterns.some((p) => flagged.has(p))).map((e) => e.expected), []);
  assert.deepEqual(missing.map((e) => e.expected), ['做强制造业']);
});

test('…and every person–title pair of the base', { skip: shared.skip }, () => {
  const { texts } = readCorpusFolder(join(shared.path, 'corpus'));
  const pairs = new Set(proposeTerms(texts, emptyBase).candidates.flatMap((c) => (c.person ? [`${c.person.title} ${c.person.name}`] : [])));
  const base = TermBase.fromFiles([curated]);
  for (const person of curated.people ?? []) {
    for (const title of person.titles) {
      const written = [title, ...(base.lookup(title)?.patterns ?? [])];
      assert.ok(written.some((t) => pairs.has(`${t} ${person.name}`)), `${title} ${person.name}`);
    }
  }
});

test('with the built-in base: entries are marked, and the corpus typo 做强制制造业 is reported with both lines', { skip: shared.skip }, () => {
  const { texts } = readCorpusFolder(join(shared.path, 'corpus'));
  const { candidates } = proposeTerms(texts, TermBase.fromFiles([curated]));
  const typo = candidates.find((c) => c.kind === 'nearDuplicate' && c.text === '做强制制造业');
  assert.deepEqual(typo && { of: typo.knownVariantOf, count: typo.count, at: typo.locations.map((l) => `${l.file}:${l.line}`) }, {
    of: '做强制造业',
    count: 2,
    at: ['000_13a88698e4410121.txt:3', '000_13a88698e4410121.txt:25'],
  });
  assert.equal(candidates.find((c) => c.text === '新质生产力')?.inBase, true);
});

test('tifa terms propose writes JSON or the review sheet; a missing folder is a usage error', { skip: shared.skip }, async () => {
  const out = tempFolder({});
  const io = { cwd: REPO, out: () => {}, err: () => {}, readStdin: async () => '' };
  assert.equal(await main(['terms', 'propose', join(shared.path, 'corpus'), '--out', join(out, 'p.json')], io), 0);
  const json = JSON.parse(readFileSync(join(out, 'p.json'), 'utf8'));
  assert.deepEqual(json.files, ['000_13a88698e4410121.txt', '004_b024111b054bc8a6.txt']);
  assert.ok(json.candidates.length > 150);
  assert.equal(await main(['terms', 'propose', join(shared.path, 'corpus'), '-o', join(out, 'p.md')], io), 0);
  assert.match(readFileSync(join(out, 'p.md'), 'utf8'), /^# 术语候选审阅表/);
  let err = '';
  assert.equal(await main(['terms', 'propose', join(out, '没有')], { ...io, err: (t) => (err += t) }), 2);
  assert.match(err, /没有/);
});
