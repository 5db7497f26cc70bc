/**
 * The 公文 snippets: well-formed for VS Code (Chinese prefix and description, tab stops), and what they
 * expand to is correct text — the engine reports nothing on it (precision), dates follow GB/T 9704-2012.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { lint, loadBuiltinTerms, TermBase } from '../../server/src/core';
import { expandSnippet } from './snippetExpansion';

interface Snippet {
  prefix: string | string[];
  description: string;
  body: string | string[];
}

const FILES = ['snippets/documents.json', 'snippets/pieces.json'];
const snippets = FILES.flatMap((file) => Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, Snippet>).map(([name, snippet]) => ({ file, name, snippet })));
const BUILTIN = TermBase.fromFiles([loadBuiltinTerms()]);
const HAN = /\p{Script=Han}/u;
/** 5 January: both month and day have a leading zero in VS Code's variables, which must not survive. */
const JAN_5 = { CURRENT_YEAR: '2024', CURRENT_MONTH: '01', CURRENT_DATE: '05' };

test('package.json contributes every snippet file for Markdown', () => {
  const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { contributes: { snippets: { language: string; path: string }[] } };
  assert.deepEqual(manifest.contributes.snippets.map((s) => [s.language, s.path.replace(/^\.\//, '')]), FILES.map((file) => ['markdown', file]));
});

test('the skeletons and pieces the issue asks for are all there', () => {
  const names = snippets.map((s) => s.name);
  for (const name of ['通知', '请示', '报告', '函', '纪要', '讲话稿', '学习资料', '一级标题', '二级标题', '三级标题', '四级标题', '发文字号', '成文日期', '附件说明']) {
    assert.ok(names.includes(name), `缺少片段「${name}」`);
  }
});

for (const { file, name, snippet } of snippets) {
  test(`${file}「${name}」: Chinese prefix and description, tab stops where the writer types`, () => {
    const prefixes = Array.isArray(snippet.prefix) ? snippet.prefix : [snippet.prefix];
    assert.ok(prefixes.some((p) => HAN.test(p)), `中文前缀：${prefixes.join(', ')}`);
    assert.ok(HAN.test(snippet.description), '中文说明');
    const body = Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body;
    assert.match(body, /\$\{1[:|]/, '第一个制表位有默认文字或选项');
  });

  test(`${file}「${name}」: expanded with its defaults, the engine finds nothing`, () => {
    const text = expandSnippet(snippet.body, JAN_5);
    const { findings, failures } = lint(text, { kind: 'markdown', terms: BUILTIN });
    assert.deepEqual(failures, []);
    assert.deepEqual(findings.map((f) => `${f.ruleId}: ${f.message}`), []);
  });
}

test('成文日期 drops the leading zeros of month and day (GB/T 9704-2012 7.3.5)', () => {
  const date = snippets.find((s) => s.name === '成文日期')!.snippet;
  assert.equal(expandSnippet(date.body, JAN_5), '2024年1月5日');
  assert.equal(expandSnippet(date.body, { CURRENT_YEAR: '2024', CURRENT_MONTH: '10', CURRENT_DATE: '20' }), '2024年10月20日');
});

test('发文字号 uses 六角括号 and a bare sequence number', () => {
  const number = snippets.find((s) => s.name === '发文字号')!.snippet;
  assert.equal(expandSnippet(number.body, JAN_5), '机关代字〔2024〕1号');
});

test('the expander itself: mirrors repeat their placeholder, choices take the first option', () => {
  assert.equal(expandSnippet(['${1:甲}与${1}', '${2|一,二|}、$0'], {}), '甲与甲\n一、');
  assert.throws(() => expandSnippet('${TM_FILENAME}', {}), /TM_FILENAME/);
});
