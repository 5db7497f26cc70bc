import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument, type FileKind } from '../../server/src/core';
import { chineseNumber, outline, type OutlineItem } from '../../server/src/core/document/outline';

function items(text: string, kind: FileKind = 'markdown'): Pick<OutlineItem, 'level' | 'marker' | 'number' | 'title'>[] {
  return outline(parseDocument(text, kind)).map(({ level, marker, number, title }) => ({ level, marker, number, title }));
}

test('Markdown headings: level is the depth, marker is #×depth', () => {
  assert.deepEqual(items('# 总标题\n\n### 小节\n\n正文。\n'), [
    { level: 1, marker: '#', number: undefined, title: '总标题' },
    { level: 3, marker: '###', number: undefined, title: '小节' },
  ]);
});

test('the four 公文 levels in plain text', () => {
  const text = '一、总体要求\n（一）指导思想。后面是正文\n1.第一点\n2．第二点\n（1）细项\n';
  assert.deepEqual(items(text, 'plaintext'), [
    { level: 1, marker: '一、', number: 1, title: '总体要求' },
    { level: 2, marker: '（一）', number: 1, title: '指导思想' },
    { level: 3, marker: '1.', number: 1, title: '第一点' },
    { level: 3, marker: '2．', number: 2, title: '第二点' },
    { level: 4, marker: '（1）', number: 1, title: '细项' },
  ]);
});

test('each line of a Markdown paragraph may open a numbered heading; list markers count as 1.', () => {
  const md = '二、主要任务\n（三）工作机制。正文\n\n1. 列表式编号\n\n**十一、加粗的标题**\n\n> 四、引用里的标题\n';
  assert.deepEqual(items(md), [
    { level: 1, marker: '二、', number: 2, title: '主要任务' },
    { level: 2, marker: '（三）', number: 3, title: '工作机制' },
    { level: 3, marker: '1.', number: 1, title: '列表式编号' },
    { level: 1, marker: '十一、', number: 11, title: '加粗的标题' },
    { level: 1, marker: '四、', number: 4, title: '引用里的标题' },
  ]);
});

test('a Markdown heading that carries a 公文 marker stays one heading item', () => {
  const found = outline(parseDocument('## 三、保障措施\n', 'markdown'));
  assert.equal(found.length, 1);
  assert.deepEqual({ ...found[0] }, { level: 2, marker: '##', number: 3, numbering: '三、', numberingLevel: 1, title: '保障措施', start: 0, end: 9, line: 0 });
});

test('start is the marker, end is where the title ends (before 。), offsets in UTF-16 units', () => {
  const text = '前言\r\n\u3000\u3000（二）𠀀字标题。正文\r\n';
  const [item] = outline(parseDocument(text, 'plaintext'));
  assert.equal(text.slice(item.start, item.end), '（二）𠀀字标题');
  assert.equal(item.line, 1);
  assert.equal(item.title, '𠀀字标题');
});

test('numbers and numerals that are not headings are left alone', () => {
  const text = '增长1.5倍。\n2024.12\n一一、不是编号\n他说一、二、三都行\n（注）附注\n';
  assert.deepEqual(items(text, 'plaintext'), []);
});

test('the numbers of a multi-attachment note (附件：1．…) count attachments, not headings', () => {
  const note = '附件：1．甲方案\n\u3000\u3000\u30002．乙清单\n';
  assert.deepEqual(items(`一、正文\n${note}`, 'plaintext'), [{ level: 1, marker: '一、', number: 1, title: '正文' }]);
  assert.deepEqual(items(`一、正文\n\n${note}`), [{ level: 1, marker: '一、', number: 1, title: '正文' }]);
  // After the list, numbered lines are headings again.
  assert.deepEqual(items(`${note}\n1．第一点\n`, 'plaintext'), [{ level: 3, marker: '1．', number: 1, title: '第一点' }]);
});

test('code blocks are not outlined', () => {
  assert.deepEqual(items('```\n一、代码\n```\n'), []);
});

test('Chinese numerals', () => {
  assert.equal(chineseNumber('一'), 1);
  assert.equal(chineseNumber('十'), 10);
  assert.equal(chineseNumber('十一'), 11);
  assert.equal(chineseNumber('二十'), 20);
  assert.equal(chineseNumber('九十九'), 99);
  assert.equal(chineseNumber('一一'), undefined);
  assert.equal(chineseNumber('十十'), undefined);
  assert.equal(chineseNumber(''), undefined);
});

test('the outline of a document is computed once and shared by the rules that read it', () => {
  const doc = parseDocument('一、总体要求\n', 'plaintext');
  assert.equal(outline(doc), outline(doc));
  assert.notEqual(outline(doc), outline(parseDocument('一、总体要求\n', 'plaintext')));
});
