import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadConfig, Project } from '../../server/src/core';
import { tempFolder } from '../support/tempDir';

const WRONG = '在做强制制造业上下功夫';

test('the nearest .tifarc.yaml above the file is used', () => {
  const root = tempFolder({
    '.tifarc.yaml': 'rules:\n  term/variant: off\n',
    'a/b/.tifarc.yml': 'rules:\n  term: info\n',
    'a/b/c/d.md': '',
  });
  const { config, problems } = loadConfig(join(root, 'a/b/c'));
  assert.deepEqual(problems, []);
  assert.equal(config.file, join(root, 'a/b/.tifarc.yml'));
  assert.deepEqual(config.rules, { term: 'info' });
});

test('rule levels by id and family reach the findings', () => {
  const root = tempFolder({ '.tifarc.yaml': 'rules:\n  term: warning\n', 'draft.md': '' });
  const [finding] = new Project().lintFile(join(root, 'draft.md'), WRONG).findings;
  assert.equal(finding.severity, 'warning');
  const off = tempFolder({ '.tifarc.yaml': 'rules:\n  term/variant: off\n', 'draft.md': '' });
  assert.deepEqual(new Project().lintFile(join(off, 'draft.md'), WRONG).findings, []);
});

test('a broken config is reported with file and line, and the built-in checks keep running', () => {
  const root = tempFolder({ '.tifarc.yaml': 'rules:\n  term/variant: 很严格\n', 'draft.md': '' });
  const result = new Project().lintFile(join(root, 'draft.md'), WRONG);
  assert.equal(result.problems.length, 1);
  assert.equal(result.problems[0].file, join(root, '.tifarc.yaml'));
  assert.equal(result.problems[0].line, 2);
  assert.match(result.problems[0].message, /off、info、warning、error/);
  assert.equal(result.findings.length, 1);
});

test('extra term bases stack on the built-in one; a broken one does not take the built-in checks down', () => {
  const root = tempFolder({
    '.tifarc.yaml': 'terminology:\n  - terms/ours.yaml\n  - terms/broken.yaml\n  - terms/missing.yaml\n',
    'terms/ours.yaml': 'rules:\n  - expected: 本单位规范名称\n    patterns: [本单位旧名称]\n',
    'terms/broken.yaml': 'rules:\n  - expected: [不是字符串]\n',
    'draft.md': '',
  });
  const result = new Project().lintFile(join(root, 'draft.md'), `${WRONG}，沿用本单位旧名称。`);
  assert.deepEqual(result.findings.map((f) => f.matched), ['做强制制造业', '本单位旧名称']);
  const where = result.problems.map((p) => `${p.file.slice(root.length + 1)}:${p.line}`);
  assert.deepEqual(where, ['terms/broken.yaml:2', 'terms/missing.yaml:0']);
});

test('the workspace term file .tifa/terms.yaml is loaded without being listed', () => {
  const root = tempFolder({ '.tifa/terms.yaml': 'ignore: [做强制制造业]\n', 'docs/draft.md': '' });
  assert.deepEqual(new Project().lintFile(join(root, 'docs/draft.md'), WRONG).findings, []);
});

test('ignore globs are relative to the config folder', () => {
  const root = tempFolder({ '.tifarc.yaml': 'ignore:\n  - 归档/**\n', '归档/旧稿.md': '', '新稿.md': '' });
  const project = new Project();
  assert.equal(project.isIgnored(join(root, '归档/旧稿.md')), true);
  assert.equal(project.isIgnored(join(root, '新稿.md')), false);
});
