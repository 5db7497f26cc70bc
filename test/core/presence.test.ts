/**
 * The character prefilter (text/presence.ts): which runs hold a declared set, and the proof that it
 * changes nothing — every rule reports exactly what it reports with every run scanned.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { allRules, lint, loadBuiltinTerms, parseDocument, TermBase, type FileKind } from '../../server/src/core';
import { charSet, runsHolding, withoutPrefilter } from '../../server/src/core/text/presence';

function held(text: string, chars: string, kind: FileKind = 'plaintext'): string[] {
  const doc = parseDocument(text, kind);
  return runsHolding(doc, charSet(chars)).map(({ run }) => text.slice(run.start, run.end));
}

test('the runs that hold a character of the set, in document order', () => {
  assert.deepEqual(held('甲号\n乙\n丙号丁\n', '号'), ['甲号', '丙号丁']);
  assert.deepEqual(held('甲\n乙\n', '号'), []);
  // Only prose counts: the 号 in code is not in a run.
  assert.deepEqual(held('甲`号`乙\n\n丙号\n', '号', 'markdown'), ['丙号']);
});

test('only the runs of the blocks asked for', () => {
  const text = '# 标题号\n\n正文号\n';
  const doc = parseDocument(text, 'markdown');
  const paragraphs = doc.blocks.filter((b) => b.kind === 'paragraph');
  assert.deepEqual(runsHolding(doc, charSet('号'), paragraphs).map(({ run }) => text.slice(run.start, run.end)), ['正文号']);
});

test('a set declared after a document was scanned is still answered', () => {
  const doc = parseDocument('甲㐀乙\n丙\n', 'plaintext');
  assert.equal(runsHolding(doc, charSet('甲')).length, 1);
  assert.equal(runsHolding(doc, charSet('㐀丙')).length, 2);
});

test('the same characters give the same set; a character outside the BMP is refused', () => {
  assert.equal(charSet('，；'), charSet('，；'));
  assert.throws(() => charSet('𠀀'), /surrogate/);
});

const PIECES = [
  '中', '国', '的', '地', '了', '是', '目', '年', '月', '日', '号', '第', '发', '函', '截止', '目前', '稳步', '大力', '推进', '做', '很好', '非常', '十分', '三', '五', '天',
  '二〇二三', '二零二三', '二O二三', '二Ｏ二三', '一九九○', '二0二三', '○', 'Ｏ', 'O', '0', '05', '2024', '19', '3.5', '15', '%', '‰', '万',
  '，', '。', '、', '；', '：', '？', '！', '“', '”', '‘', '’', '《', '》', '〈', '〉', '（', '）', '〔', '〕', '【', '】', '…', '……', '等', '—', '――', '―', '－', '～', '–',
  ',', ';', ':', '?', '!', '(', ')', '"', "'", '.', '...', '-', '--', '~', '０', '５', 'Ａ', 'ｚ', 'a', ' ', '\u00a0', '\u3000', '\t', '\n', '\n\n', '𠀀',
  '一、', '（一）', '1.', '1、', '# ', '- ', '`', '**', 'http://a.cn/O', '附件：', 'a@b.cn',
  // Whole findings, so that a run often holds one with nothing else around it.
  '二O二三年', '一九九○年', '国发〔2024〕05号', '截止目前', '稳步的推进', '做的很好。', '15~30%', '３．１４', '2023年05月01日', '中 文，', '中,文',
  '(中文)', '"中文"', "'中文'", '中--文', '……等', '《甲》、《乙》', '19年5月', '三、五天', '的的', '，，',
];

function sameWithAndWithout(text: string, kind: FileKind, terms: TermBase): void {
  const summary = () => lint(text, { kind, terms }).findings.map((f) => [f.ruleId, f.start, f.end, f.message, f.fixes]);
  assert.deepEqual(summary(), withoutPrefilter(summary), JSON.stringify(text));
}

test('every rule reports the same with the prefilter as with every run scanned (generated text)', () => {
  const terms = TermBase.fromFiles([]);
  assert.ok(allRules.length > 20);
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 50 }), fc.constantFrom<FileKind>('markdown', 'plaintext'), (pieces, kind) =>
      sameWithAndWithout(pieces.join(''), kind, terms),
    ),
    { numRuns: 1500 },
  );
});

test('every rule reports the same with the prefilter as with every run scanned (rule docs, shared corpus)', () => {
  const terms = TermBase.fromFiles([loadBuiltinTerms()]);
  const root = join(import.meta.dirname, '..', '..');
  const files = readdirSync(join(root, 'docs', 'rules')).map((name) => join(root, 'docs', 'rules', name));
  const corpus = join(root, '..', 'shared', 'corpus');
  if (existsSync(corpus)) files.push(...readdirSync(corpus).map((name) => join(corpus, name)));
  for (const file of files) for (const kind of ['markdown', 'plaintext'] as const) sameWithAndWithout(readFileSync(file, 'utf8'), kind, terms);
});
