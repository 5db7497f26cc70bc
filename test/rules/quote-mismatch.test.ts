import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyFixes, fixAll, lint, type Finding, type FileKind } from '../../server/src/core';
import { corpusIndexes } from '../../server/src/core/corpus/cache';
import { CorpusIndex } from '../../server/src/core/corpus/quoteIndex';
import { main } from '../../server/src/cli/main';
import { builtinTerms, sharedFolder } from '../support/terms';
import { tempFolder } from '../support/tempDir';

/** An authoritative text written for these tests (the real corpus is only read at run time). */
const SOURCE = [
  '第一章 总则',
  '我们坚持把群众满意作为检验工作成效的根本标准，持续提升公共服务的质量和效率。',
  '园区要加快培育创新主体，推动数字技术与实体产业深度融合。',
  '我们要在做强制制造业上持续用力，推动产业升级。',
].join('\n');
const corpus = [new CorpusIndex([{ file: '甲.txt', text: SOURCE }])];

function quoteFindings(text: string, options: { kind?: FileKind; corpus?: CorpusIndex[]; locale?: 'en' } = {}): Finding[] {
  const result = lint(text, { kind: options.kind ?? 'plaintext', terms: builtinTerms(), corpus: options.corpus ?? corpus, locale: options.locale });
  if (result.failures.length > 0) throw result.failures[0].error;
  return result.findings.filter((f) => f.ruleId === 'quote/mismatch');
}

function fixed(text: string, finding: Finding): string {
  return applyFixes(text, [finding.fixes[0]]).text;
}

test('a changed character in a quotation is flagged with the original and its source; the fix restores it', () => {
  const text = '他强调：“我们坚持把群众满意作为检验工作成效的根本尺度，持续提升公共服务的质量和效率。”';
  const [finding, ...rest] = quoteFindings(text);
  assert.equal(rest.length, 0);
  assert.match(finding.message, /原文为“我们坚持把群众满意作为检验工作成效的根本标准，持续提升公共服务的质量和效率”（甲\.txt:2）/);
  assert.equal(fixed(text, finding), '他强调：“我们坚持把群众满意作为检验工作成效的根本标准，持续提升公共服务的质量和效率。”');
  // The fix is the minimal edit: 尺度 → 标准, nothing else.
  assert.equal(text.slice(finding.fixes[0].start, finding.fixes[0].end), '尺度');
});

test('a missing word and an extra word are flagged and restored', () => {
  const missing = '文件要求“推动数字技术与实体产业融合”。';
  assert.equal(fixed(missing, quoteFindings(missing)[0]), '文件要求“推动数字技术与实体产业深度融合”。');
  const extra = '文件要求“园区要加快培育科技创新主体”。';
  assert.equal(fixed(extra, quoteFindings(extra)[0]), '文件要求“园区要加快培育创新主体”。');
});

test('exact quotations stay silent, also with other punctuation, a fragment or an omission marked ……', () => {
  for (const text of [
    '“我们坚持把群众满意作为检验工作成效的根本标准，持续提升公共服务的质量和效率。”',
    '“我们坚持把群众满意作为检验工作成效的根本标准,持续提升公共服务的质量和效率”',
    '正如“推动数字技术与实体产业深度融合”所说。',
    '“我们坚持把群众满意作为检验工作成效的根本标准……持续提升公共服务的质量和效率。”',
  ]) {
    assert.deepEqual(quoteFindings(text), [], text);
  }
});

test('a change after an omission mark is still found', () => {
  const text = '“我们坚持把群众满意作为检验工作成效的根本标准……持续提高公共服务的质量和效率。”';
  assert.deepEqual(quoteFindings(text).map((f) => f.matched), ['持续提高公共服务的质量和效率']);
});

test('unrelated and short quotations stay silent, and so does everything without a corpus', () => {
  assert.deepEqual(quoteFindings('“今年的春天来得比往年早一些，田里的油菜花都开了。”'), []);
  assert.deepEqual(quoteFindings('要牵住“群众满意”这个关键。'), []);
  assert.deepEqual(quoteFindings('“我们坚持把群众满意作为检验工作成效的根本尺度”', { corpus: [] }), []);
});

test('a corpus typo the term base knows is not forced on the draft: the corrected wording is right', () => {
  assert.deepEqual(quoteFindings('“我们要在做强制造业上持续用力，推动产业升级。”'), []);
  const text = '“我们要在做强制造业上继续用力，推动产业升级。”';
  const [finding] = quoteFindings(text);
  assert.match(finding.message, /原文为“我们要在做强制造业上持续用力，推动产业升级”/);
  assert.equal(fixed(text, finding), '“我们要在做强制造业上持续用力，推动产业升级。”');
});

test('Markdown: quotations in list items and with emphasis inside keep exact offsets', () => {
  const text = '# 标题\n\n- 原话是“园区要加快培育**创新**主体，推动数字技术与实体产业紧密融合”。\n';
  const [finding] = quoteFindings(text, { kind: 'markdown' });
  assert.equal(finding.matched.includes('紧密'), true);
  assert.equal(fixed(text, finding), '# 标题\n\n- 原话是“园区要加快培育**创新**主体，推动数字技术与实体产业深度融合”。\n');
});

test('fix-all applied twice gives the same text as once', () => {
  const text = '“推动数字技术与实体产业融合”，“园区要加快培育科技创新主体”。';
  const lintText = (t: string) => quoteFindings(t);
  const once = fixAll(text, lintText).text;
  assert.equal(fixAll(once, lintText).text, once);
  assert.equal(once, '“推动数字技术与实体产业深度融合”，“园区要加快培育创新主体”。');
});

test('English messages when asked', () => {
  const [finding] = quoteFindings('“推动数字技术与实体产业融合”', { locale: 'en' });
  assert.match(finding.message, /^The quotation differs from the source/);
});

test('the CLI reads the corpus folder named in .tifarc.yaml (relative to it) and reports with file:line', async () => {
  const root = tempFolder({ '.tifarc.yaml': 'corpus:\n  - 权威文本\n', '权威文本/甲.txt': SOURCE, '草稿.md': '他说：“推动数字技术与实体产业融合”。\n' });
  let out = '';
  const io = { cwd: root, out: (t: string) => (out += t), err: () => {}, readStdin: async () => '' };
  await main(['check', '--format', 'json', '草稿.md'], io);
  const messages = JSON.parse(out)[0].messages.filter((m: { ruleId: string }) => m.ruleId === 'quote/mismatch');
  assert.equal(messages.length, 1);
  assert.match(messages[0].message, /（甲\.txt:3）/);
});

test('a corpus folder that does not exist is reported by name; the lint goes on', () => {
  const root = tempFolder({ '.tifarc.yaml': 'corpus: [没有这个目录]\n' });
  const { problems } = corpusIndexes([join(root, '没有这个目录')]);
  assert.equal(problems.length, 1);
  assert.match(problems[0].file, /没有这个目录$/);
});

const shared = sharedFolder();

test('with ../shared/corpus as the corpus: silent on the clean text and on the corpus itself', { skip: shared.skip }, () => {
  const { indexes, problems } = corpusIndexes([join(shared.path, 'corpus')]);
  assert.deepEqual(problems, []);
  for (const folder of ['eval/clean', 'corpus']) {
    for (const name of readdirSync(join(shared.path, folder))) {
      const found = quoteFindings(readFileSync(join(shared.path, folder, name), 'utf8'), { corpus: indexes });
      assert.deepEqual(found.map((f) => f.matched), [], name);
    }
  }
});

test('with ../shared/corpus: a misquoted sentence of the corpus is found and restored', { skip: shared.skip }, () => {
  const { indexes } = corpusIndexes([join(shared.path, 'corpus')]);
  // The corpus (004, line 34) says 安全之要; this draft says 安全之本.
  const text = '“科技自立自强是国家强盛之基、安全之本。”';
  const [finding] = quoteFindings(text, { corpus: indexes });
  assert.match(finding.message, /004_b024111b054bc8a6\.txt:34/);
  assert.equal(fixed(text, finding), '“科技自立自强是国家强盛之基、安全之要。”');
});

test('in the editor: the language server reports both corpus-backed rules from the config’s corpus', async () => {
  const { TestClient, uriOf } = await import('../lsp/client');
  const root = tempFolder({ '.tifarc.yaml': 'corpus: [权威文本]\n', '权威文本/甲.txt': SOURCE });
  const client = await TestClient.start({ folders: [root] });
  try {
    const diagnostics = await client.open(uriOf(join(root, '草稿.md')), '市长袁家军说：“推动数字技术与实体产业融合”。\n');
    assert.deepEqual(diagnostics.map((d) => d.code).sort(), ['quote/mismatch', 'title/mismatch']);
    assert.match(String(diagnostics.find((d) => d.code === 'quote/mismatch')?.message), /甲\.txt:3/);
  } finally {
    await client.stop();
  }
});
