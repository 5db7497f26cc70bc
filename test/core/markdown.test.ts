import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../server/src/core';

/** The prose the engine would check, as the text of each run. */
function prose(markdown: string): string[] {
  const doc = parseDocument(markdown, 'markdown');
  return doc.blocks.flatMap((b) => b.runs.map((r) => markdown.slice(r.start, r.end)));
}

test('paragraphs, headings, lists, block quotes and tables are prose', () => {
  const md = '# 标题甲\n\n段落乙。\n\n- 列表丙\n1. 列表丁\n\n> 引用戊\n\n| 表头己 | 表头庚 |\n|---|---|\n| 单元辛 | 单元壬 |\n';
  assert.deepEqual(prose(md), ['标题甲', '段落乙。', '列表丙', '列表丁', '引用戊', '表头己', '表头庚', '单元辛', '单元壬']);
});

test('block kinds and heading depth are recorded', () => {
  const doc = parseDocument('## 二级\n\n正文\n', 'markdown');
  assert.deepEqual(
    doc.blocks.map((b) => [b.kind, b.depth, b.line]),
    [
      ['heading', 2, 0],
      ['paragraph', undefined, 2],
    ],
  );
});

test('fenced code, indented code and inline code are skipped', () => {
  const md = '前文\n\n```\n代码甲\n```\n\n    代码乙\n\n说明`代码丙`后文\n';
  assert.deepEqual(prose(md), ['前文', '说明', '后文']);
});

test('link text is prose; link targets, autolinks and bare URLs are not', () => {
  const md = '见[链接文字](https://example.gov.cn/路径甲 "标题乙")和<https://example.gov.cn/丙>以及 https://example.gov.cn/丁 后文\n';
  const runs = prose(md);
  assert.ok(runs.includes('链接文字'));
  for (const hidden of ['路径甲', '标题乙', '丙', '丁']) assert.ok(!runs.some((r) => r.includes(hidden)), `${hidden} should not be prose: ${runs}`);
  assert.ok(runs.some((r) => r.includes('后文')));
});

test('a bare domain without a scheme stays in the prose (the rules skip addresses themselves)', () => {
  assert.deepEqual(prose('详见 www.gov.cn/zhengce 。\n'), ['详见 www.gov.cn/zhengce 。']);
});

test('text after a link whose URL contains the same words is anchored after the URL', () => {
  const md = '[甲](http://x.cn/乙) 乙\n';
  const doc = parseDocument(md, 'markdown');
  const runs = doc.blocks[0].runs;
  const last = runs[runs.length - 1];
  assert.equal(md.slice(last.start, last.end).trim(), '乙');
  assert.ok(last.start > md.indexOf(')'));
});

test('HTML and front matter are skipped; HTML comments are collected', () => {
  const md = '---\ntitle: 元数据甲\n---\n<div>块乙</div>\n\n正文<span>丙</span>丁 <!-- 注释 -->\n';
  const doc = parseDocument(md, 'markdown');
  const runs = doc.blocks.flatMap((b) => b.runs.map((r) => md.slice(r.start, r.end)));
  assert.ok(!runs.some((r) => r.includes('元数据甲') || r.includes('块乙')));
  assert.ok(runs.includes('正文'));
  assert.deepEqual(doc.comments.map((c) => c.body), ['注释']);
});

test('front matter: after a BOM, with CRLF, closed by ..., spanning the whole file, or unclosed', () => {
  const withBom = '\uFEFF---\r\ntitle: 甲\r\n...\r\n正文乙\r\n';
  assert.deepEqual(prose(withBom), ['正文乙']);
  assert.equal(parseDocument(withBom, 'markdown').blocks[0].line, 3);
  assert.deepEqual(prose('---\ntitle: 甲\n---'), []);
  // Without a closing line it is no front matter: --- is a thematic break and the text is prose.
  assert.deepEqual(prose('---\n正文甲\n'), ['正文甲']);
});

test('image alt text is not prose', () => {
  assert.deepEqual(prose('图![替代文字](a.png)后\n'), ['图', '后']);
});

test('offsets stay exact with CRLF line endings and a BOM', () => {
  const md = '\uFEFF# 标题\r\n\r\n第一段\r\n第二行\r\n';
  const doc = parseDocument(md, 'markdown');
  const runs = doc.blocks.flatMap((b) => b.runs);
  assert.deepEqual(runs.map((r) => md.slice(r.start, r.end)), ['标题', '第一段', '第二行']);
  assert.equal(doc.blocks[0].kind, 'heading');
});

test('a lone CR ends a line, as in CommonMark and LSP: every block is found on its own lines, and line numbers agree', () => {
  // markdown-it counts \r as a line break; counted otherwise, the prose after one was looked for on the
  // wrong lines: a paragraph lost its runs and another's text was anchored far down in the document.
  const md = '# 标题\r第一段\r\r第二段……\r第三行\n\n第四段……（）';
  const doc = parseDocument(md, 'markdown');
  assert.deepEqual(
    doc.blocks.map((b) => [b.kind, b.line, b.runs.map((r) => md.slice(r.start, r.end))]),
    [
      ['heading', 0, ['标题']],
      ['paragraph', 1, ['第一段']],
      ['paragraph', 3, ['第二段……', '第三行']],
      ['paragraph', 6, ['第四段……（）']],
    ],
  );
  assert.deepEqual(doc.lines.position(md.indexOf('第三行')), { line: 4, column: 0 });
  assert.equal(md.slice(doc.lines.lineStart(2), doc.lines.lineEnd(2)), '');
  const plain = parseDocument('甲\r乙\r\n丙\n丁', 'plaintext');
  assert.deepEqual(plain.blocks.map((b) => [b.line, plain.text.slice(b.runs[0].start, b.runs[0].end)]), [[0, '甲'], [1, '乙'], [2, '丙'], [3, '丁']]);
});

test('text with entities or escapes is skipped rather than mis-anchored', () => {
  const md = '甲&amp;乙\n';
  const doc = parseDocument(md, 'markdown');
  for (const run of doc.blocks.flatMap((b) => b.runs)) assert.equal(md.slice(run.start, run.end).includes('&amp;'), false);
});

test('a plain-text file is all prose, one block per non-empty line', () => {
  const text = '第一行\r\n\r\n```不是代码```\n';
  const doc = parseDocument(text, 'plaintext');
  assert.deepEqual(doc.blocks.map((b) => text.slice(b.runs[0].start, b.runs[0].end)), ['第一行', '```不是代码```']);
});
