import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { Project } from '../../server/src/core';
import { tempFolder } from '../support/tempDir';

/**
 * The whole stack as the CLI and the editor see it: built-in base, then the config's bases in order,
 * then the workspace term file, then the editor's. Terms here are made up for the test.
 */
const root = tempFolder({
  '.tifarc.yaml': 'terminology:\n  - 团队/术语.yaml\n  - 团队/prh.yml\n',
  '团队/术语.yaml': [
    'version: 1',
    'rules:',
    '  - expected: 智慧园区平台', // a new term with a wrong form
    '    patterns: [智能园区平台]',
    '    specs: [{ from: 建好智能园区平台, to: 建好智慧园区平台 }]',
    '    category: 提法',
    '    definition: 本单位园区数字化平台的规范名称。',
    '  - expected: 科技自立自强', // a built-in entry restated with one more wrong form
    '    patterns: [科技自强自立, 科技自主自强]',
    'disable: [新质生产力, 袁家军]', // a built-in entry and a built-in person switched off
    'people:',
    '  - name: 张三丰',
    '    titles: [园区管委会主任]',
  ].join('\n'),
  '团队/prh.yml': ['version: 1', 'rules:', '  - expected: 智慧园区平台', '    pattern: 智惠园区平台'].join('\n'),
  '.tifa/terms.yaml': ['rules:', '  - expected: 张三丰', '    typo: false', 'people:', '  - name: 张三丰', '    titles: [园区党工委书记]'].join('\n'),
});

const project = new Project({ terminology: [join(root, '编辑器.yaml')] });

test('config bases, the workspace file and editor bases stack on the built-in base in that order', () => {
  const { terms, problems } = project.settingsFor(join(root, '草稿.md'));
  // The editor's base does not exist: a clear problem naming it, the rest still loads.
  assert.deepEqual(problems.map((p) => p.file), [join(root, '编辑器.yaml')]);
  // prh.yml comes after 术语.yaml: its entry for 智慧园区平台 replaces the earlier one.
  assert.deepEqual(terms.lookup('智慧园区平台')?.patterns, ['智惠园区平台']);
  assert.ok(terms.lookup('做强制造业'), 'built-in entries stay');
});

test('a restated built-in entry adds a wrong form; the built-in one keeps working', () => {
  const found = project.lintFile(join(root, '草稿.md'), '实现科技自主自强，不是科技自强自立。').findings.filter((f) => f.ruleId === 'term/variant');
  assert.deepEqual(found.map((f) => f.matched), ['科技自主自强', '科技自强自立']);
});

test('disable switches a built-in entry off by its expected form', () => {
  const { terms } = project.settingsFor(join(root, '草稿.md'));
  assert.equal(terms.lookup('新质生产力'), undefined);
  assert.ok(terms.lookup('科技自立自强'));
});

test('people stack like entries: added, replaced by a later base, disabled by name', () => {
  const { terms } = project.settingsFor(join(root, '草稿.md'));
  assert.deepEqual(terms.people.get('张三丰')?.titles, ['园区党工委书记']);
  assert.equal(terms.people.get('袁家军'), undefined);
  assert.ok(terms.people.get('胡衡华'));
  const found = project.lintFile(join(root, '草稿.md'), '园区管委会主任张三丰出席。市长袁家军出席。').findings.filter((f) => f.ruleId === 'title/mismatch');
  assert.deepEqual(found.map((f) => f.matched), ['园区管委会主任张三丰']);
});
