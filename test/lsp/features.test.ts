import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  CompletionRequest,
  DocumentSymbolRequest,
  HoverRequest,
  type CompletionItem,
  type CompletionList,
  type DocumentSymbol,
  type MarkupContent,
} from 'vscode-languageserver-protocol/node';
import { builtinTerms } from '../support/terms';
import { sessionForFile, uriOf } from './client';

const session = sessionForFile();
const root = session.root;

async function hoverText(uri: string, line: number, character: number): Promise<string | undefined> {
  const hover = await session.client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } });
  return hover ? (hover.contents as MarkupContent).value : undefined;
}

async function complete(uri: string, line: number, character: number): Promise<CompletionItem[]> {
  const result = await session.client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line, character } });
  return Array.isArray(result) ? result : ((result as CompletionList | null)?.items ?? []);
}

test('hover on a flagged wrong form: why, the canonical form, its category, definition and source', async () => {
  const uri = uriOf(join(root, 'hover-finding.md'));
  await session.client.open(uri, '我们要做强制制造业。\n');
  const text = await hoverText(uri, 0, 5);
  assert.ok(text);
  const entry = builtinTerms().lookup('做强制造业')!;
  assert.match(text, /「做强制制造业」不是规范提法/);
  assert.match(text, /term\/variant/);
  assert.ok(text.includes('**做强制造业**'), text);
  assert.ok(text.includes(entry.category!));
  assert.ok(text.includes(entry.definition!.slice(0, 10)));
  const source = entry.source![0];
  assert.ok(text.includes(`${source.file.replace(/_/g, '\\_')} 第 ${source.lines.join('、')} 行`), text);
});

test('hover on a canonical term shows its card; plain words have no hover', async () => {
  const uri = uriOf(join(root, 'hover-term.md'));
  await session.client.open(uri, '加快发展新质生产力，今天天气很好。\n');
  const text = await hoverText(uri, 0, 6);
  assert.ok(text);
  assert.ok(text.startsWith('**新质生产力**'), text);
  assert.ok(text.includes(builtinTerms().lookup('新质生产力')!.definition!.slice(0, 10)));
  assert.equal(await hoverText(uri, 0, 13), undefined);
});

test('completion from pinyin initials: xzscl → 新质生产力, replacing the letters', async () => {
  const uri = uriOf(join(root, 'complete-pinyin.md'));
  await session.client.open(uri, '加快发展xzscl\n');
  const items = await complete(uri, 0, 9);
  const item = items.find((i) => i.label === '新质生产力');
  assert.ok(item, `offered: ${items.map((i) => i.label).join('、')}`);
  assert.deepEqual(item.textEdit, { range: { start: { line: 0, character: 4 }, end: { line: 0, character: 9 } }, newText: '新质生产力' });
  assert.ok((item.documentation as MarkupContent).value.includes(builtinTerms().lookup('新质生产力')!.definition!.slice(0, 10)));
  assert.ok(items.every((i) => i.filterText?.startsWith('xzscl')), 'only terms with those initials');
});

test('completion from the beginning of a term in characters, longest typed match first', async () => {
  const uri = uriOf(join(root, 'complete-han.md'));
  await session.client.open(uri, '要实现高水平科技自\n');
  const items = await complete(uri, 0, 9);
  const item = items.find((i) => i.label === '科技自立自强');
  assert.ok(item, `offered: ${items.map((i) => i.label).join('、')}`);
  assert.deepEqual(item.textEdit, { range: { start: { line: 0, character: 6 }, end: { line: 0, character: 9 } }, newText: '科技自立自强' });
  const typed = '要实现高水平科技自';
  assert.ok(
    items.every((i) => [...typed].some((_, from) => from <= typed.length - 2 && String(i.label).startsWith(typed.slice(from)))),
    'every item continues what was typed',
  );
  const longest = items.find((i) => i.label === '高水平科技自立自强');
  assert.ok(longest, 'the longer term that continues the typed text is offered too');
  assert.ok(longest.sortText! < item.sortText!, 'the longer match ranks first');
  assert.deepEqual(await complete(uri, 0, 0), [], 'nothing typed, nothing offered');
});

test('document symbols: the 公文 outline nested by level under Markdown headings', async () => {
  const uri = uriOf(join(root, 'outline.md'));
  const text = ['# 实施方案', '', '一、总体要求', '', '（一）指导思想。正文。', '', '（二）工作目标', '', '1．第一项', '', '二、重点任务', '', '## 附件', ''].join('\n');
  await session.client.open(uri, text);
  const symbols = (await session.client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
  const tree = (list: DocumentSymbol[] | undefined): unknown[] => (list ?? []).map((s) => (s.children?.length ? [s.name, tree(s.children)] : s.name));
  assert.deepEqual(tree(symbols), [['实施方案', [['一、总体要求', ['（一）指导思想', ['（二）工作目标', ['1．第一项']]]], '二、重点任务', '附件']]]);
  const first = symbols[0].children![0];
  assert.deepEqual(first.selectionRange, { start: { line: 2, character: 0 }, end: { line: 2, character: 6 } });
  assert.deepEqual(first.range.start, { line: 2, character: 0 });
  assert.equal(first.range.end.line, 9, 'a section runs to the line before the next sibling');
});

test('tifa/listTerms returns the terms in force with their initials', async () => {
  const terms = (await session.client.connection.sendRequest('tifa/listTerms', {})) as { expected: string; initials: string; definition?: string }[];
  assert.equal(terms.length, builtinTerms().entries.length);
  const term = terms.find((t) => t.expected === '新质生产力');
  assert.equal(term?.initials, 'xzscl');
  assert.equal(term?.definition, builtinTerms().lookup('新质生产力')!.definition);
});
