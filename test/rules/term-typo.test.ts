import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixAll } from '../../server/src/core';
import { findingsOf, termBaseFrom } from '../support/terms';

const only = 'term/typo';
/** Terms with no listed wrong forms: whatever is found here, term/typo found on its own. */
const terms = termBaseFrom(`rules:
  - expected: 做强制造业
  - expected: 成渝地区双城经济圈
  - expected: 西部陆海新通道
  - expected: 科技自立自强
  - expected: 中国式现代化
  - expected: 社会主义现代化强国
  - expected: 作风建设
  - expected: 创新驱动发展
  - expected: 新质生产力
  - expected: 常态化监管
  - expected: 制造业企业
  - expected: 产业大脑
    typo: false
ignore: [西部路海]
`);
const typos = (text: string) => findingsOf(text, { terms, only });

test('each kind of near miss is found and fixed to the canonical form', () => {
  const cases: [string, string, RegExp][] = [
    ['在做强制制造业构建现代化产业体系上', '做强制制造业', /“制”重复/],
    ['推动成渝地区双城济圈建设', '成渝地区双城济圈', /漏了“经”/],
    ['培育新质生产资力', '新质生产资力', /多了“资”/],
    ['实现科技自立强自', '科技自立强自', /“自强”顺序颠倒/],
    ['用好西部陆海心通道', '西部陆海心通道', /“心”应为同音的“新”/],
  ];
  for (const [text, matched, why] of cases) {
    const found = typos(text);
    assert.equal(found.length, 1, `${text}: ${JSON.stringify(found.map((f) => f.matched))}`);
    assert.equal(found[0].matched, matched);
    assert.match(found[0].message, why);
    assert.equal(found[0].severity, 'warning');
    const fixed = fixAll(text, typos).text;
    assert.ok(fixed.includes(found[0].term!.expected), fixed);
    assert.deepEqual(typos(fixed), []);
  }
});

test('correct text stays silent: real words one edit away, reduplication, overlapping words', () => {
  const correct = [
    '常常强调常态化监管', // reduplication next to a term
    '要研究研究新质生产力的培育路径', // verb reduplication
    '依法强制执行，支持制造业企业做强制造业', // 强制执行 and 制造业企业 overlap the term's characters
    '加强工作作风建设', // 工作|作风建设: the term's first character doubled by the word before
    '向关心和支持中国现代化建设的各国政府表示感谢', // one character short of 中国式现代化, but ordinary words
    '全面建设社会主义现代化国家', // one character short of 社会主义现代化强国
    '坚持创新驱动的发展道路', // a particle between the parts of a term
    '产业大脑建设', // typo: false entries are exact-only
  ];
  for (const text of correct) assert.deepEqual(typos(text).map((f) => f.matched), [], text);
});

test('a near miss that overlaps a canonical term is correct words, unless the term lies inside it and is shorter', () => {
  const typosWith = (expected: string[], text: string) =>
    findingsOf(text, { terms: termBaseFrom(`rules:\n${expected.map((e) => `  - expected: ${e}\n`).join('')}`), only }).map((f) => f.matched);
  // Shorter terms inside the window, in the middle or at an edge, say nothing against it.
  assert.deepEqual(typosWith(['做强制造业', '制造业'], '做强制制造业'), ['做强制制造业']);
  assert.deepEqual(typosWith(['做强制造业', '做强制制'], '做强制制造业'), ['做强制制造业']);
  // A term crossing the window's right or left edge, containing it, or equal to it: correct words.
  assert.deepEqual(typosWith(['做强制造业', '制造业企业'], '做强制制造业企业'), []);
  assert.deepEqual(typosWith(['做强制造业', '加快做强'], '加快做强制制造业'), []);
  assert.deepEqual(typosWith(['做强制造业', '要做强制制造业'], '要做强制制造业'), []);
  assert.deepEqual(typosWith(['做强制造业', '做强制制造业'], '做强制制造业'), []);
  assert.deepEqual(typosWith(['做强制造业', '做强制制造业务'], '做强制制造业务'), []);
});

test('words in the base’s ignore list are never flagged', () => {
  assert.deepEqual(typos('西部路海新通道'), []);
});

test('a listed wrong form is left to term/variant, not reported twice', () => {
  const withPattern = termBaseFrom('rules:\n  - expected: 做强制造业\n    patterns: [做强制制造业]\n');
  const found = findingsOf('做强制制造业', { terms: withPattern });
  assert.deepEqual(found.map((f) => f.ruleId), ['term/variant']);
});

test('short terms are exact-only', () => {
  const short = termBaseFrom('rules:\n  - expected: 制造业\n');
  assert.deepEqual(findingsOf('制制造业 制业 造制业', { terms: short, only }), []);
});

test('in English the message still says what kind of slip it is', async () => {
  const { lint } = await import('../../server/src/core');
  const [finding] = lint('用好西部陆海心通道', { kind: 'plaintext', terms, locale: 'en', rules: { 'term/variant': 'off' } }).findings.filter((f) => f.ruleId === only);
  assert.equal(finding.message, '“西部陆海心通道” looks like a typo for “西部陆海新通道” (“心” for the sound-alike “新”)');
});
