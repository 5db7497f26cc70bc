import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf } from '../support/terms';

const WRONG = '在做强制制造业上下功夫';
const lines = (...l: string[]) => l.join('\n\n') + '\n';
const rules = (md: string) => findingsOf(md, { kind: 'markdown' }).map((f) => `${f.ruleId}@${md.slice(0, f.start).split('\n').length}`);

test('disable-next-line silences the next line only', () => {
  const md = `<!-- tifa-disable-next-line -->\n${WRONG}\n\n${WRONG}\n`;
  assert.deepEqual(rules(md), ['term/variant@4']);
});

test('disable-next-line with a rule id or family silences only that rule', () => {
  assert.deepEqual(rules(`<!-- tifa-disable-next-line term/variant -->\n${WRONG}\n`), []);
  assert.deepEqual(rules(`<!-- tifa-disable-next-line term -->\n${WRONG}\n`), []);
  assert.deepEqual(rules(`<!-- tifa-disable-next-line term/typo -->\n${WRONG}\n`), ['term/variant@2']);
});

test('disable … enable silences a region', () => {
  const md = lines('<!-- tifa-disable -->', WRONG, WRONG, '<!-- tifa-enable -->', WRONG);
  assert.deepEqual(rules(md), ['term/variant@9']);
});

test('disable without enable runs to the end; enable of one rule re-enables only it', () => {
  assert.deepEqual(rules(lines('<!-- tifa-disable term/variant -->', WRONG, WRONG)), []);
  const md = lines('<!-- tifa-disable -->', WRONG, '<!-- tifa-enable term/variant -->', WRONG);
  assert.deepEqual(rules(md), ['term/variant@7']);
});

test('ordinary HTML comments change nothing', () => {
  assert.deepEqual(rules(lines('<!-- 备注：tifa 的说明 -->', WRONG)), ['term/variant@3']);
});
