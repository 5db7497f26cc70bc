import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { lint, parseTermFile, readTermFiles, TermBase } from '../../server/src/core';
import { backtrackingRisk } from '../../server/src/core/terminology/regexSafety';

/** Bad term-base input: every problem names file and line, and the rest of the base still loads. */

function folderWith(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'tifa-terms-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  return folder;
}

test('malformed YAML in one file: file:line reported, the other files still load and match', () => {
  const folder = folderWith({
    'broken.yaml': 'rules:\n  - expected: 甲乙丙\n    patterns: [乙甲丙\n  - expected: [\n',
    'good.yaml': 'rules:\n  - expected: 高质量发展\n    patterns: [高品质发展]\n',
  });
  const { files, problems } = readTermFiles([join(folder, 'broken.yaml'), join(folder, 'good.yaml')]);
  assert.ok(problems.length > 0);
  for (const p of problems) {
    assert.equal(p.file, join(folder, 'broken.yaml'));
    assert.ok(p.line >= 2, `line ${p.line} should point into the file`);
    assert.match(p.message, /YAML 语法错误/);
  }
  const terms = TermBase.fromFiles(files);
  const findings = lint('推动高品质发展。', { kind: 'plaintext', terms }).findings;
  assert.deepEqual(findings.map((f) => f.matched), ['高品质发展']);
});

test('wrong types are reported at the entry’s line; the valid entries of the same file load', () => {
  const yaml = [
    'rules:',
    '  - expected: 123', // line 2: a number where text is expected
    '  - expected: 高质量发展',
    '    patterns: [高品质发展]',
    '  - expected: 新质生产力',
    '    patterns: {wrong: form}', // line 6: a map where a list is expected
    '  - patterns: [缺少规范写法]', // line 7: no expected form
  ].join('\n');
  const parsed = parseTermFile(yaml, 'team.yaml');
  assert.deepEqual(parsed.termFile.entries.map((e) => e.expected), ['高质量发展']);
  const lines = parsed.problems.map((p) => p.line);
  assert.ok(lines.includes(2) && lines.includes(6) && lines.includes(7), `lines ${lines.join(',')}`);
  assert.ok(parsed.problems.every((p) => p.file === 'team.yaml' && /[\u4e00-\u9fff]/.test(p.message)));
});

test('a top level that is not a map is one clear problem, not a crash', () => {
  for (const yaml of ['- 一\n- 二\n', '就是一句话\n', 'rules: 不是列表\n']) {
    const parsed = parseTermFile(yaml, 'odd.yaml');
    assert.equal(parsed.termFile.entries.length, 0);
    assert.ok(parsed.problems.length > 0, yaml);
    assert.ok(parsed.problems.every((p) => p.file === 'odd.yaml' && p.line >= 1));
  }
});

test('an invalid /regex/ is reported with file:line and dropped; the entry keeps its literal patterns', () => {
  const parsed = parseTermFile('rules:\n  - expected: 示例\n    patterns: [例示]\n  - expected: 高质量发展\n    patterns: ["/高品质(发展/", 高品质发展]\n', 'user.yaml');
  assert.equal(parsed.problems.length, 1);
  assert.equal(parsed.problems[0].line, 4);
  assert.match(parsed.problems[0].message, /正则表达式无效/);
  assert.deepEqual(parsed.termFile.entries[1].patterns, ['高品质发展']);
});

test('catastrophically backtracking patterns are refused at load time with file:line', () => {
  const evil = ['/(a+)+$/', '/(a|aa)*b/', '/(\\w+\\s?)*$/', '/([甲乙]+)*丙/', '/(.*)\\1/'];
  const yaml = ['rules:', '  - expected: 高质量发展', '    patterns: [高品质发展]', ...evil.map((p, i) => `  - expected: 规范${i}\n    patterns: ["${p.replace(/\\/g, '\\\\')}"]`)].join('\n');
  const parsed = parseTermFile(yaml, 'evil.yaml');
  assert.equal(parsed.problems.length, evil.length);
  parsed.problems.forEach((p, i) => {
    assert.equal(p.line, 4 + i * 2);
    assert.match(p.message, /「规范\d」的正则表达式有回溯风险/);
  });
  // The refused patterns never reach the matcher: nothing is left that could run away on long input.
  const terms = TermBase.fromFiles([parsed.termFile]);
  assert.equal(terms.entries.flatMap((e) => e.patterns).filter((p) => p.startsWith('/')).length, 0);
  const findings = lint(`${'a'.repeat(50_000)}！推动高品质发展`, { kind: 'plaintext', terms }).findings;
  assert.deepEqual(findings.map((f) => f.matched), ['高品质发展']);
});

test('the backtracking check accepts the patterns prh dictionaries use', () => {
  for (const safe of ['(?:中国|中华)人民', '(\\d+)年', '[(]+', 'a*b', '(?:的|地)+', '(a|b)*', 'a{2,}', '(ab){1,3}', '(?<year>\\d{4})年', '\\(a+\\)+', 'ウェブ(?:サイト)?']) {
    assert.equal(backtrackingRisk(safe), undefined, safe);
  }
});

test('the backtracking check flags nested repeats however they are written', () => {
  for (const evil of ['(a+)+', '(a*)*', '(?:a+){2,}', '(?<n>a+)+', '((ab|cd))*', '(x+x+)+y', '(a|ab)+?', '(\\d|\\d\\d)+']) {
    assert.ok(backtrackingRisk(evil), evil);
  }
});
