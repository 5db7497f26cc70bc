import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyFixes, fixAll, lint, type Finding, type TermBase } from '../../server/src/core';
import { builtinTerms, sharedFolder, termBaseFrom } from '../support/terms';

function titleFindings(text: string, terms: TermBase = builtinTerms(), locale?: 'en'): Finding[] {
  const result = lint(text, { kind: 'plaintext', terms, locale });
  if (result.failures.length > 0) throw result.failures[0].error;
  return result.findings.filter((f) => f.ruleId === 'title/mismatch');
}

function fixedOnce(text: string): string {
  return applyFixes(text, titleFindings(text).map((f) => f.fixes[0])).text;
}

test('a person of the base with another title is flagged with the corpus pairing and its source', () => {
  const [finding, ...rest] = titleFindings('会上，市长袁家军出席会议并讲话。');
  assert.equal(rest.length, 0);
  assert.equal(finding.matched, '市长袁家军');
  assert.equal(finding.message, '「市长袁家军」与语料不符：语料中袁家军的职务为「市委书记」（004_b024111b054bc8a6.txt:130）');
});

test('the fix writes the recorded title, keeping an organization that agrees', () => {
  assert.equal(fixedOnce('市长袁家军出席。'), '市委书记袁家军出席。');
  assert.equal(fixedOnce('市委副书记袁家军出席。'), '市委书记袁家军出席。');
  assert.equal(fixedOnce('区委书记袁家军出席。'), '市委书记袁家军出席。');
  assert.equal(fixedOnce('市水利局副局长江夏表示。'), '市水利局局长江夏表示。');
});

test('the recorded title, a longer or a shorter form of it, or no title at all stay silent', () => {
  for (const text of [
    '市委书记袁家军出席会议并讲话。',
    '重庆市委书记袁家军出席。',
    '书记袁家军强调。',
    '袁家军在讲话中指出。',
    '市委副书记、市长胡衡华主持会议。',
    '市长胡衡华主持会议。',
    '市水利局党组书记、局长江夏表示。',
    '管委会主任饶静表示。',
  ]) {
    assert.deepEqual(titleFindings(text).map((f) => f.matched), [], text);
  }
});

test('a short name inside a longer word is not that person (长江夏季 holds 江夏)', () => {
  assert.deepEqual(titleFindings('重庆市长江夏季防汛形势严峻。'), []);
  assert.deepEqual(titleFindings('市长王俊杰出席。'), []);
  assert.equal(titleFindings('市长王俊表示。').length, 1);
});

test('the pairs are data: a base of its own people, and a base without people is silent', () => {
  const base = termBaseFrom('people:\n  - name: 张三丰\n    titles: [园区管委会主任]\n    source: [{ file: 名录.txt, lines: [3] }]\n');
  const [finding] = titleFindings('园区党工委书记张三丰出席。', base);
  assert.match(finding.message, /张三丰的职务为「园区管委会主任」（名录\.txt:3）/);
  assert.equal(applyFixes('园区党工委书记张三丰出席。', [finding.fixes[0]]).text, '园区管委会主任张三丰出席。');
  assert.deepEqual(titleFindings('市长袁家军出席。', termBaseFrom('rules: []\n')), []);
});

test('a person entry without titles is refused with file and line', () => {
  assert.throws(() => termBaseFrom('people:\n  - name: 张三丰\n'), /2: people\.0 缺少必填字段「titles」/);
});

test('fix-all applied twice gives the same text as once', () => {
  const text = '市长袁家军、区委书记胡衡华出席。';
  const lintText = (t: string) => titleFindings(t);
  const once = fixAll(text, lintText).text;
  assert.equal(once, '市委书记袁家军、市委副书记胡衡华出席。');
  assert.equal(fixAll(once, lintText).text, once);
});

test('English messages when asked', () => {
  const [finding] = titleFindings('市长袁家军出席。', builtinTerms(), 'en');
  assert.match(finding.message, /does not match the corpus, which gives 袁家军 as “市委书记”/);
});

const shared = sharedFolder();

test('silent on the clean official text and on the corpus the pairs come from', { skip: shared.skip }, () => {
  for (const folder of ['eval/clean', 'corpus']) {
    for (const name of readdirSync(join(shared.path, folder))) {
      assert.deepEqual(titleFindings(readFileSync(join(shared.path, folder, name), 'utf8')).map((f) => f.matched), [], name);
    }
  }
});
