import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEntry, parseTermFile, TermBase } from '../../server/src/core';
import { builtinTerms, termBaseFrom } from '../support/terms';

const problemsOf = (yaml: string) => {
  const parsed = parseTermFile(yaml, 'user.yaml');
  return [...parsed.problems, ...TermBase.fromFiles([parsed.termFile]).problems];
};

test('the built-in base loads without problems and its specs pass', () => {
  assert.deepEqual(builtinTerms().problems, []);
  assert.ok(builtinTerms().lookup('做强制造业')?.patterns.includes('做强制制造业'));
});

test('a schema error names file and line, and the other entries still load', () => {
  const yaml = ['version: 1', 'rules:', '  - expected: 甲乙丙丁', '  - patterns: [无规范写法]', '  - expected: 戊己庚辛', '    definiton: 拼错的字段'].join('\n');
  const parsed = parseTermFile(yaml, 'user.yaml');
  assert.deepEqual(parsed.termFile.entries.map((e) => e.expected), ['甲乙丙丁']);
  assert.equal(parsed.problems.length, 2);
  assert.equal(parsed.problems[0].file, 'user.yaml');
  assert.equal(parsed.problems[0].line, 4);
  assert.match(parsed.problems[0].message, /缺少必填字段「expected」/);
  assert.equal(parsed.problems[1].line, 5);
  assert.match(parsed.problems[1].message, /未知字段「definiton」/);
});

test('wrong types are reported at their own line', () => {
  const problems = problemsOf('rules:\n  - expected: 甲乙丙丁\n    typo: 不是布尔值\n');
  assert.equal(problems.length, 1);
  assert.equal(problems[0].line, 3);
  assert.match(problems[0].message, /typo 的类型应为 boolean/);
});

test('a YAML syntax error is reported with its line', () => {
  const problems = problemsOf('rules:\n  - expected: 甲\n    patterns: [乙\n  - expected: 丙\n');
  assert.ok(problems.length > 0);
  assert.match(problems[0].message, /YAML 语法错误/);
  assert.ok(problems[0].line >= 3);
});

test('an invalid regex pattern is reported and dropped; the entry keeps its other patterns', () => {
  const parsed = parseTermFile('rules:\n  - expected: 甲乙\n    patterns: ["/(未闭合/", 乙甲]\n', 'user.yaml');
  assert.equal(parsed.problems.length, 1);
  assert.match(parsed.problems[0].message, /正则表达式无效/);
  assert.deepEqual(parsed.termFile.entries[0].patterns, ['乙甲']);
});

test('safety: a pattern inside another entry’s expected form is refused (prh’s double-fix bug)', () => {
  const problems = problemsOf('rules:\n  - expected: ベンダー\n    patterns: [ベンダ]\n');
  assert.equal(problems.length, 1);
  assert.match(problems[0].message, /出现在规范写法「ベンダー」之中/);
});

test('safety: chains, cycles and patterns claimed by two entries are refused', () => {
  const chain = problemsOf('rules:\n  - expected: 甲甲\n    patterns: [乙乙]\n  - expected: 丙丙\n    patterns: [甲甲]\n');
  assert.match(chain[0].message, /本身是词条「甲甲」的规范写法/);
  const cycle = problemsOf('rules:\n  - expected: 甲甲\n    patterns: [乙乙]\n  - expected: 乙乙\n    patterns: [甲甲]\n');
  assert.ok(cycle.some((p) => /循环替换/.test(p.message)));
  const shared = problemsOf('rules:\n  - expected: 甲甲\n    patterns: [丁丁]\n  - expected: 丙丙\n    patterns: [丁丁]\n');
  assert.match(shared[0].message, /同时属于/);
});

test('safety: a refused pattern is not matched in text; the entry’s other patterns and the other entries’ still are', () => {
  const base = (yaml: string) => TermBase.fromFiles([parseTermFile(yaml, 'user.yaml').termFile]);
  const variants = (terms: TermBase, text: string) => terms.findVariants(text, 0, text.length).map((m) => `${text.slice(m.start, m.end)}→${m.replacement}`);
  const inside = base('rules:\n  - expected: ベンダー\n    patterns: [ベンダ, ベンター]\n');
  assert.deepEqual(variants(inside, 'ベンダーとベンター'), ['ベンター→ベンダー']);
  const shared = base('rules:\n  - expected: 甲甲\n    patterns: [丁丁]\n  - expected: 丙丙\n    patterns: [丁丁, 戊戊]\n');
  assert.deepEqual(variants(shared, '丁丁，戊戊'), ['丁丁→甲甲', '戊戊→丙丙']);
});

test('an entry defined twice in one file is reported; the later wins', () => {
  const yaml = 'rules:\n  - expected: 甲乙\n    patterns: [乙甲]\n  - expected: 甲乙\n    patterns: [甲甲乙]\n';
  const problems = problemsOf(yaml);
  assert.equal(problems.length, 1);
  assert.match(problems[0].message, /重复定义/);
  assert.deepEqual(termBaseFrom(yaml, { allowProblems: true }).lookup('甲乙')?.patterns, ['甲甲乙']);
});

test('a failing spec is reported at its entry', () => {
  const problems = problemsOf('rules:\n  - expected: 甲乙\n    patterns: [乙甲]\n    specs:\n      - from: 乙甲\n        to: 甲甲\n');
  assert.equal(problems.length, 1);
  assert.equal(problems[0].line, 2);
  assert.match(problems[0].message, /自测用例未通过/);
});

test('a plain prh dictionary loads unchanged: pattern, regex with $1, prh note, wordBoundary', () => {
  const prh = [
    'version: 1',
    'rules:',
    '  - expected: JavaScript',
    '    pattern: /javascript/i',
    '    prh: 固有名词',
    '    specs:',
    '      - from: I like javascript',
    '        to: I like JavaScript',
    '  - expected: 第$1',
    '    pattern: /第 ([0-9]+)/',
    '  - expected: cat',
    '    pattern: kitten',
    '    options:',
    '      wordBoundary: true',
  ].join('\n');
  const base = termBaseFrom(prh);
  assert.equal(base.lookup('JavaScript')?.prh, '固有名词');
  assert.equal(applyEntry(base.lookup('第$1')!, '见第 12 条'), '见第12 条');
  assert.equal(applyEntry(base.lookup('cat')!, 'kittens kitten'), 'kittens cat');
  // The canonical form itself is never a finding, even when a case-insensitive pattern matches it.
  assert.equal(base.findVariants('JavaScript', 0, 10).length, 0);
});

test('later bases override earlier entries and can disable them; ignore words accumulate', () => {
  const parse = (yaml: string, file: string) => parseTermFile(yaml, file).termFile;
  const base = TermBase.fromFiles([
    parse('rules:\n  - expected: 甲乙丙丁\n    patterns: [甲乙丁丙]\n  - expected: 戊己庚辛\n', 'builtin.yaml'),
    parse('rules:\n  - expected: 甲乙丙丁\n    patterns: [甲丙乙丁]\ndisable: [戊己庚辛]\nignore: [子丑寅卯]\n', 'team.yaml'),
  ]);
  assert.deepEqual(base.problems, []);
  assert.deepEqual(base.lookup('甲乙丙丁')?.patterns, ['甲丙乙丁']);
  assert.equal(base.lookup('甲乙丙丁')?.origin.file, 'team.yaml');
  assert.equal(base.lookup('戊己庚辛'), undefined);
  assert.ok(base.ignore.has('子丑寅卯'));
});
