import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixAll } from '../../server/src/core';
import { findingsOf, termBaseFrom } from '../support/terms';

const only = 'term/variant';

test('a listed wrong form is found, with the canonical form, the entry and a minimal fix', () => {
  const text = '坚决拥护以习近平为核心的党中央。';
  const [finding, ...rest] = findingsOf(text, { only });
  assert.equal(rest.length, 0);
  assert.equal(finding.matched, '以习近平为核心的党中央');
  assert.equal(finding.severity, 'error');
  assert.equal(finding.term?.expected, '以习近平同志为核心的党中央');
  assert.match(finding.message, /应为「以习近平同志为核心的党中央」/);
  assert.deepEqual(finding.fixes[0], { start: 8, end: 8, text: '同志', title: '改为「以习近平同志为核心的党中央」' });
});

test('correct text stays silent', () => {
  const correct = ['坚决拥护以习近平同志为核心的党中央。', '加快实现高水平科技自立自强。', '推动成渝地区双城经济圈建设。', '在做强制造业上下功夫。'];
  for (const text of correct) assert.deepEqual(findingsOf(text, { only }), [], text);
});

test('overlapping wrong forms: the leftmost, then longest, is reported once', () => {
  const terms = termBaseFrom('rules:\n  - expected: 子丑寅\n    patterns: [甲乙丙, 甲乙]\n  - expected: 卯辰巳\n    patterns: [乙丙戊戊]\n');
  assert.deepEqual(findingsOf('甲乙丙戊戊', { terms, only }).map((f) => f.matched), ['甲乙丙']);
});

test('a word marked as correct (ignore) silences the wrong form it overlaps', () => {
  const terms = termBaseFrom('rules:\n  - expected: 子丑寅\n    patterns: [甲乙丙]\nignore: [甲乙丙丁]\n');
  assert.deepEqual(findingsOf('甲乙丙丁', { terms, only }), []);
  assert.equal(findingsOf('甲乙丙戊', { terms, only }).length, 1);
});

test('regex patterns and $1 replacements', () => {
  const terms = termBaseFrom('rules:\n  - expected: 第$1条\n    pattern: /第\\s+([一二三四五六七八九十]+)\\s+条/\n');
  const [finding] = findingsOf('依据第 三 条办理', { terms, only });
  assert.equal(finding.matched, '第 三 条');
  assert.equal(fixAll('依据第 三 条办理', (t) => findingsOf(t, { terms, only })).text, '依据第三条办理');
});

test('the rule can be switched off or re-levelled by id or family', () => {
  const text = '加快实现科技自强自立。';
  assert.deepEqual(findingsOf(text, { only, rules: { 'term/variant': 'off' } }), []);
  assert.deepEqual(findingsOf(text, { only, rules: { term: 'off' } }), []);
  assert.equal(findingsOf(text, { only, rules: { term: 'info' } })[0].severity, 'info');
  assert.equal(findingsOf(text, { only, rules: { term: 'off', 'term/variant': 'warning' } })[0].severity, 'warning');
});

test('messages in English when asked', async () => {
  const { lint } = await import('../../server/src/core');
  const { builtinTerms } = await import('../support/terms');
  const [finding] = lint('科技自强自立', { kind: 'plaintext', terms: builtinTerms(), locale: 'en' }).findings;
  assert.match(finding.message, /not the standard formulation/);
});
