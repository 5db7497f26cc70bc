import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findingsOf, sharedFolder } from '../support/terms';

const shared = sharedFolder();

test('the corpus: both occurrences of 做强制制造业 are flagged with the fix 做强制造业', { skip: shared.skip }, () => {
  const file = join(shared.path, 'corpus', '000_13a88698e4410121.txt');
  const text = readFileSync(file, 'utf8');
  const found = findingsOf(text).filter((f) => f.matched === '做强制制造业');
  assert.equal(found.length, 2);
  for (const f of found) {
    assert.equal(f.ruleId, 'term/variant');
    const fix = f.fixes[0];
    assert.equal(text.slice(f.start, fix.start) + fix.text + text.slice(fix.end, f.end), '做强制造业');
  }
});

test('the clean official text gives no term/ findings', { skip: shared.skip }, () => {
  const folder = join(shared.path, 'eval', 'clean');
  for (const name of readdirSync(folder)) {
    const found = findingsOf(readFileSync(join(folder, name), 'utf8'), { only: 'term' });
    assert.deepEqual(found.map((f) => `${f.ruleId} ${f.matched}`), [], name);
  }
});
