import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseTermFile } from '../../server/src/core';
import { keepYamlReadingsIn } from '../../server/src/core/input/readingCache';
import { validatorsSource, VALIDATORS_FILE } from '../../scripts/validators';

/**
 * Term and config files are read by js-yaml first and by the `yaml` library when lines or exact errors
 * are needed (input/yamlFile.ts). Whichever reads, the entries, their lines and the problems are the same.
 */

test('the generated schema validators match the schemas (npm run build regenerates them)', () => {
  assert.equal(readFileSync(VALIDATORS_FILE, 'utf8'), validatorsSource());
});

test('entries and people of a valid file know the line they were defined on', () => {
  const yaml = [
    '# 团队术语',
    'rules:',
    '  - expected: 智慧园区平台', // line 3
    '    patterns: [智能园区平台]',
    '',
    '  - pattern: 智惠园区', // line 6: prh allows the fields in any order
    '    expected: 智慧园区',
    'people:',
    '  - name: 张三丰', // line 9
    '    titles: [园区管委会主任]',
  ].join('\n');
  const { termFile, problems } = parseTermFile(`\uFEFF${yaml}`, 'team.yaml');
  assert.deepEqual(problems, []);
  assert.deepEqual(termFile.entries.map((e) => [e.expected, e.origin.file, e.origin.line]), [
    ['智慧园区平台', 'team.yaml', 3],
    ['智慧园区', 'team.yaml', 6],
  ]);
  assert.deepEqual(termFile.people?.map((p) => p.origin.line), [9]);
});

test('entries before and after a refused pattern keep their lines', () => {
  const yaml = ['rules:', '  - expected: 甲乙', '    patterns: [乙甲]', '  - expected: 丙丁', '    patterns: ["/(a+)+/"]', '  - expected: 戊己', '    patterns: [己戊]'].join('\n');
  const { termFile, problems } = parseTermFile(yaml, 'mixed.yaml');
  assert.deepEqual(problems.map((p) => p.line), [4]);
  assert.deepEqual(termFile.entries.map((e) => e.origin.line), [2, 4, 6]);
});

test('a duplicate key is a YAML error at its line, as the `yaml` library words it', () => {
  const { termFile, problems } = parseTermFile('rules:\n  - expected: 甲乙\n    expected: 乙甲\n', 'dup.yaml');
  assert.equal(termFile.entries.length, 0);
  assert.equal(problems.length, 1);
  assert.equal(problems[0].line, 3);
  assert.match(problems[0].message, /^YAML 语法错误：Map keys must be unique/);
});

test('a %YAML 1.1 directive keeps its meaning (`no` is false), and aliases are expanded', () => {
  const yaml = ['%YAML 1.1', '---', 'rules:', '  - expected: 高质量发展', '    patterns: &wrong [高品质发展]', '    typo: no', '  - expected: 高水平发展', '    patterns: *wrong'].join('\n');
  const { termFile, problems } = parseTermFile(yaml, 'old.yaml');
  assert.deepEqual(problems, []);
  assert.deepEqual(termFile.entries.map((e) => [e.expected, e.patterns, e.typo, e.origin.line]), [
    ['高质量发展', ['高品质发展'], false, 4],
    ['高水平发展', ['高品质发展'], undefined, 7],
  ]);
});

test('large files’ readings are kept by content: the same text reads the same, an edit is read anew', () => {
  const folder = mkdtempSync(join(tmpdir(), 'tifa-readings-'));
  keepYamlReadingsIn(folder);
  try {
    const entries = (wrong: string) => Array.from({ length: 800 }, (_, i) => `  - expected: 词条${i}号\n    patterns: [${wrong}${i}号]`).join('\n');
    const text = `rules:\n${entries('条词')}\n`;
    assert.ok(text.length > 16 * 1024, 'large enough to be kept');
    const first = parseTermFile(text, '/team/terms.yaml');
    assert.equal(readdirSync(folder).length, 1);
    const again = parseTermFile(text, '/team/terms.yaml');
    assert.deepEqual(again.termFile.entries.map((e) => [e.expected, e.patterns, e.origin.line]), first.termFile.entries.map((e) => [e.expected, e.patterns, e.origin.line]));
    assert.equal(again.termFile.entries[799].origin.line, 1600); // 2 + 2 × 799

    const edited = parseTermFile(`rules:\n${entries('词号')}\n`, '/team/terms.yaml');
    assert.deepEqual(edited.termFile.entries[0].patterns, ['词号0号']);
    assert.equal(readdirSync(folder).length, 1, 'one kept reading per file');

    writeFileSync(join(folder, readdirSync(folder)[0]), '{damaged');
    assert.deepEqual(parseTermFile(text, '/team/terms.yaml').termFile.entries[0].patterns, ['条词0号']);
  } finally {
    keepYamlReadingsIn(undefined);
  }
});

test('kept readings stop at the sixteen newest files: term files of workspaces gone do not pile up', () => {
  const folder = mkdtempSync(join(tmpdir(), 'tifa-readings-'));
  keepYamlReadingsIn(folder);
  try {
    const text = `rules:\n${Array.from({ length: 800 }, (_, i) => `  - expected: 词条${i}号\n    patterns: [条词${i}号]`).join('\n')}\n`;
    for (let i = 0; i < 20; i++) parseTermFile(text, `/workspace-${i}/terms.yaml`);
    assert.equal(readdirSync(folder).length, 16);
  } finally {
    keepYamlReadingsIn(undefined);
  }
});
