import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignInside, editScript } from '../../server/src/core/corpus/align';
import { asQuoted, contentOf } from '../../server/src/core/corpus/normalize';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { CorpusIndex } from '../../server/src/core/corpus/quoteIndex';
import { readCorpusFolder } from '../../server/src/core/corpus/read';
import { tempFolder } from '../support/tempDir';

test('content leaves out punctuation and whitespace and keeps offsets into the original', () => {
  assert.deepEqual(contentOf('甲，乙 丙。'), { content: '甲乙丙', offsets: [0, 2, 4] });
  // A character outside the BMP is one character: both halves kept together.
  assert.deepEqual(contentOf('𠀋乙').offsets, [0, 1, 2]);
  assert.equal(asQuoted('甲,乙 丙;丁'), '甲，乙丙；丁');
});

test('semi-global alignment gives every stretch within one edit of the best, with its distance', () => {
  assert.deepEqual(
    alignInside('乙丙X', '甲乙丙丁戊').map((a) => [a.distance, a.start, a.end]),
    [
      [2, 1, 2],
      [1, 1, 3],
      [1, 1, 4],
      [2, 1, 5],
    ],
  );
});

test('edit scripts turn one string into the other', () => {
  assert.deepEqual(editScript('甲乙丙', '甲丁丙'), [{ op: 'keep' }, { op: 'replace', char: '丁' }, { op: 'keep' }]);
  assert.deepEqual(editScript('甲丙', '甲乙丙'), [{ op: 'keep' }, { op: 'insert', char: '乙' }, { op: 'keep' }]);
  assert.deepEqual(editScript('甲乙丙', '甲丙'), [{ op: 'keep' }, { op: 'delete' }, { op: 'keep' }]);
});

test('the index finds the source line of a near quotation, prefers a stretch that ends a clause, and gives up beyond the budget', () => {
  const index = new CorpusIndex([
    { file: 'a.txt', text: '第一行无关。\n坚持把群众满意作为检验工作成效的根本标准，持续提升服务质量。' },
    { file: 'b.txt', text: '另一篇文本谈的是别的事情。' },
  ]);
  const found = index.nearest(contentOf('持续提升服务品质').content, 2);
  assert.equal(found?.line.file, 'a.txt');
  assert.equal(found?.line.line, 2);
  assert.equal(found && found.line.text.slice(found.start, found.end), '持续提升服务质量');
  assert.equal(index.nearest(contentOf('持续改进服务品质').content, 1), undefined);
  assert.equal(index.nearest(contentOf('今天的天气非常晴朗').content, 2), undefined);
});

test('corpus files in GB18030 are read as such; a folder that cannot be read is a problem naming it', () => {
  const root = tempFolder({ 'gbk.txt': iconv.encode('坚持把群众满意作为根本标准。', 'gb18030'), 'utf8.md': '\uFEFF第二篇文本。' });
  const { texts, problems } = readCorpusFolder(root);
  assert.deepEqual(problems, []);
  assert.deepEqual(texts, [
    { file: 'gbk.txt', text: '坚持把群众满意作为根本标准。' },
    { file: 'utf8.md', text: '第二篇文本。' },
  ]);
  const missing = readCorpusFolder(join(root, '没有'));
  assert.equal(missing.texts.length, 0);
  assert.match(missing.problems[0].message, /无法读取语料目录/);
  assert.equal(missing.problems[0].file, join(root, '没有'));
});
