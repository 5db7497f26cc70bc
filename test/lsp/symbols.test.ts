import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DocumentSymbol } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { documentSymbols } from '../../server/src/lsp/symbols';

function tree(text: string, languageId = 'markdown'): unknown[] {
  const shape = (list: DocumentSymbol[] | undefined): unknown[] => (list ?? []).map((s) => (s.children?.length ? [s.name, shape(s.children)] : s.name));
  return shape(documentSymbols(TextDocument.create('file:///x', languageId, 1, text)));
}

test('plain text: the four 公文 levels nest, a new 一、 closes the levels below it', () => {
  const text = '关于某事的通知\n一、总体要求\n（一）目标\n1．任务\n（1）细项\n二、保障\n（一）组织\n';
  assert.deepEqual(tree(text, 'plaintext'), [['一、总体要求', [['（一）目标', [['1．任务', ['（1）细项']]]]]], ['二、保障', ['（一）组织']]]);
});

test('a Markdown heading numbered 一、 holds （一） but not 三、, which is its sibling', () => {
  const text = '## 一、总体要求\n\n（一）目标\n\n## 二、保障\n\n三、另起一段\n';
  assert.deepEqual(tree(text), [['一、总体要求', ['（一）目标']], '二、保障', '三、另起一段']);
});

test('deeper Markdown headings nest, shallower ones close them', () => {
  assert.deepEqual(tree('# 甲\n\n## 乙\n\n### 丙\n\n## 丁\n\n# 戊\n'), [['甲', [['乙', ['丙']], '丁']], '戊']);
});

test('a section’s range ends before the next sibling, CRLF excluded; the last one at the end of the text', () => {
  const text = '一、甲\r\n正文\r\n二、乙\r\n';
  const [first, second] = documentSymbols(TextDocument.create('file:///x', 'plaintext', 1, text));
  assert.deepEqual(first.range, { start: { line: 0, character: 0 }, end: { line: 1, character: 2 } });
  assert.deepEqual(second.range, { start: { line: 2, character: 0 }, end: { line: 3, character: 0 } });
});

test('no outline in a text without headings', () => {
  assert.deepEqual(tree('只是一段话。\n'), []);
});
