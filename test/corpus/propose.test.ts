import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TermBase, parseTermFile } from '../../server/src/core';
import { proposeTerms, renderReviewSheet, type Candidate, type CandidateKind } from '../../server/src/core/corpus/propose';
import type { CorpusText } from '../../server/src/core/corpus/source';

/** A small made-up corpus in the style of policy prose (not taken from ../shared). */
const TEXTS: CorpusText[] = [
  {
    file: '甲.txt',
    text: [
      '全面实施园区振兴战略，扎实推进“三库一平台”建设，打造“数字园区·智慧服务”品牌。',
      '区委书记李四海表示，要深入实施园区振兴战略，推动“两张清单”落地。',
      '聚力打造电子信息、生物医药、先进材料3大核心产业集群，加快推进质量变革、效率变革、动力变革。',
    ].join('\n'),
  },
  {
    file: '乙/丙.md',
    text: [
      '# 标题',
      '坚持以园区振兴战略为统领，培育新产业新业态新模式，持续做强园区服务中心。',
      '园区管委会主任王五说，要以园区振兴战略引领发展，做强园区服务中心。',
      '推进园区振兴战掠实施。',
    ].join('\n'),
  },
];

const emptyBase = TermBase.fromFiles([{ file: 'none', entries: [], ignore: [], disable: [] }]);

function find(candidates: Candidate[], kind: CandidateKind, text: string): Candidate | undefined {
  return candidates.find((c) => c.kind === kind && c.text === text);
}

test('quoted slogans and numbered formulations, with counts and every file:line', () => {
  const { candidates } = proposeTerms(TEXTS, emptyBase);
  assert.deepEqual(find(candidates, 'numbered', '三库一平台')?.locations, [{ file: '甲.txt', line: 1 }]);
  assert.ok(find(candidates, 'numbered', '两张清单'));
  assert.ok(find(candidates, 'quoted', '数字园区·智慧服务'));
  assert.ok(find(candidates, 'numbered', '3大核心产业集群'));
});

test('names found by their suffix stop at the governing verb; counts and locations cover both files', () => {
  const { candidates } = proposeTerms(TEXTS, emptyBase);
  const strategy = find(candidates, 'name', '园区振兴战略');
  assert.equal(strategy?.count, 4);
  assert.deepEqual(strategy?.locations, [
    { file: '甲.txt', line: 1 },
    { file: '甲.txt', line: 2 },
    { file: '乙/丙.md', line: 2 },
    { file: '乙/丙.md', line: 3 },
  ]);
});

test('parallel formulations: list items, lists that share wording, repeated heads', () => {
  const { candidates } = proposeTerms(TEXTS, emptyBase);
  for (const item of ['电子信息', '生物医药', '质量变革、效率变革、动力变革', '新产业新业态新模式']) {
    assert.ok(find(candidates, 'listed', item), item);
  }
});

test('titles and person–title pairs from reporting prose', () => {
  const { candidates } = proposeTerms(TEXTS, emptyBase);
  const people = candidates.filter((c) => c.kind === 'person').map((c) => c.person);
  assert.deepEqual(people, [
    { name: '李四海', title: '区委书记' },
    { name: '王五', title: '园区管委会主任' },
  ]);
});

test('new-word discovery finds the recurring cohesive phrase', () => {
  const { candidates } = proposeTerms(TEXTS, emptyBase, { discovery: { minCount: 2 } });
  const phrase = find(candidates, 'phrase', '园区服务中心');
  assert.equal(phrase?.count, 2);
  assert.ok((phrase?.score ?? 0) > 0);
});

test('marks what the base has, what it lists as wrong, and near-duplicates in the corpus', () => {
  const base = TermBase.fromFiles([
    parseTermFile('rules:\n  - expected: 园区振兴战略\n  - expected: 数字园区·智慧服务\n    patterns: [数字园区.智慧服务]\n', 'base.yaml').termFile,
  ]);
  const { candidates } = proposeTerms(TEXTS, base);
  assert.equal(find(candidates, 'name', '园区振兴战略')?.inBase, true);
  // 园区振兴战掠 is one sound-alike character from an entry: a typo in the corpus itself.
  const typo = find(candidates, 'nearDuplicate', '园区振兴战掠');
  assert.deepEqual(typo && { of: typo.nearDuplicateOf, at: typo.locations }, { of: '园区振兴战略', at: [{ file: '乙/丙.md', line: 4 }] });
});

test('deterministic: the same texts give the same proposal, in the same order', () => {
  assert.deepEqual(proposeTerms(TEXTS, emptyBase), proposeTerms(TEXTS, emptyBase));
});

test('the review sheet lists every candidate as a checkbox, ticked when the base has it', () => {
  const base = TermBase.fromFiles([parseTermFile('rules:\n  - expected: 园区振兴战略\n', 'base.yaml').termFile]);
  const proposal = proposeTerms(TEXTS, base);
  const sheet = renderReviewSheet(proposal);
  assert.match(sheet, /^# 术语候选审阅表/);
  assert.match(sheet, /- \[x\] \*\*园区振兴战略\*\* ×4（已收录） — 甲\.txt:1，甲\.txt:2，乙\/丙\.md:2，乙\/丙\.md:3/);
  assert.equal(sheet.split('\n').filter((l) => l.startsWith('- [')).length, proposal.candidates.length);
});

test('tifa terms propose --terms marks what a user base already has', async () => {
  const { main } = await import('../../server/src/cli/main');
  const { tempFolder } = await import('../support/tempDir');
  const { readFileSync } = await import('node:fs');
  const root = tempFolder({ '语料/甲.txt': TEXTS[0].text, '本单位.yaml': 'rules:\n  - expected: 园区振兴战略\n' });
  const io = { cwd: root, out: () => {}, err: () => {}, readStdin: async () => '' };
  assert.equal(await main(['terms', 'propose', '语料', '--terms', '本单位.yaml', '-o', 'p.json'], io), 0);
  const proposal = JSON.parse(readFileSync(`${root}/p.json`, 'utf8')) as { candidates: Candidate[] };
  assert.equal(find(proposal.candidates, 'name', '园区振兴战略')?.inBase, true);
  assert.equal(find(proposal.candidates, 'numbered', '三库一平台')?.inBase, undefined);
});
