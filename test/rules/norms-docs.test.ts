import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { allRules, lint, ruleDocPath, TermBase } from '../../server/src/core';
import { matched } from './norm-helpers';

const ROOT = join(import.meta.dirname, '..', '..');
const LEVEL_NAMES = { error: '错误', warning: '警告', info: '提示' } as const;
const normRules = allRules.filter((rule) => /^(punct|number|space|structure|word)\//.test(rule.id));

test('writing norms: every family is present', () => {
  const families = new Set(normRules.map((rule) => rule.id.split('/')[0]));
  assert.deepEqual([...families].sort(), ['number', 'punct', 'space', 'structure', 'word']);
});

for (const rule of normRules) {
  test(`${rule.id}: its doc page names it, its level and the norm it enforces, with wrong and right examples`, () => {
    const page = readFileSync(join(ROOT, ruleDocPath(rule.id)), 'utf8');
    assert.ok(page.startsWith(`# ${rule.id} — ${rule.title}\n`), 'title line');
    assert.match(page, new RegExp(`默认级别：\\*\\* ${LEVEL_NAMES[rule.defaultSeverity]}`));
    assert.match(page, /## 为什么\n\n\S/);
    const examples = /错误：\n\n```\n([^`]+)```\n\n正确：\n\n```\n([^`]+)```/.exec(page);
    assert.ok(examples, 'wrong and right examples');
    // The page's examples are what the rule does: the wrong one is found, the right one is not.
    // Examples are read as plain text, and as Markdown when they hold Markdown headings.
    const kind = /^#+ /m.test(examples[1]) ? 'markdown' : 'plaintext';
    assert.notDeepEqual(matched(rule.id, examples[1], kind), [], 'the wrong example is reported');
    assert.deepEqual(matched(rule.id, examples[2], kind), [], 'the right example is silent');
    assert.match(page, /## 不报告\n\n- /);
  });
}

test('writing norms: each family can be switched off or re-leveled by family name, and the id wins', () => {
  const terms = TermBase.fromFiles([]);
  const draft = '截止目前,增长 8.1%，国发[2024]5号，19年5月\n一、甲\n三、乙';
  const families = (levels: Record<string, 'off' | 'info' | 'warning' | 'error'>) =>
    lint(draft, { kind: 'plaintext', terms, ruleSet: normRules, rules: levels }).findings.map((f) => `${f.ruleId.split('/')[0]}:${f.severity}`);
  const all = families({});
  for (const family of ['punct', 'number', 'space', 'structure', 'word']) {
    assert.ok(all.some((f) => f.startsWith(`${family}:`)), `${family} finds something in the draft`);
    assert.ok(!families({ [family]: 'off' }).some((f) => f.startsWith(`${family}:`)), `${family}: off`);
    assert.ok(families({ [family]: 'info' }).filter((f) => f.startsWith(`${family}:`)).every((f) => f.endsWith(':info')), `${family}: info`);
  }
  const idWins = lint(draft, { kind: 'plaintext', terms, ruleSet: normRules, rules: { word: 'off', 'word/jiezhi': 'error' } }).findings;
  assert.deepEqual(idWins.filter((f) => f.ruleId.startsWith('word/')).map((f) => [f.ruleId, f.severity]), [['word/jiezhi', 'error']]);
});
