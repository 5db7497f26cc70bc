/**
 * The writing-norm rules (punct/ number/ space/ structure/ word/) on real text from ../shared: correct
 * official text must give no finding at all, and the two corpus documents must give exactly the findings
 * judged true in docs/rules/README.md (by line and rule). The text is read at run time, never copied.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { allRules, fixAll, lint, TermBase, type Finding } from '../../server/src/core';

const SHARED = join(import.meta.dirname, '..', '..', '..', 'shared');
const NORM_FAMILIES = ['punct', 'number', 'space', 'structure', 'word'];
const normRules = allRules.filter((rule) => NORM_FAMILIES.includes(rule.id.split('/')[0]));
const noTerms = TermBase.fromFiles([]);

function sharedFile(...parts: string[]): string | undefined {
  const path = join(SHARED, ...parts);
  if (existsSync(path)) return path;
  if (process.env.CI === 'true') throw new Error(`${path} is missing: CI must provide ../shared`);
  console.log(`# skipped: ${path} not found (../shared is not checked out here)`);
  return undefined;
}

function lintNorms(text: string): Finding[] {
  const result = lint(text, { kind: 'plaintext', terms: noTerms, ruleSet: normRules });
  assert.deepEqual(result.failures, []);
  return result.findings;
}

/** Findings as `line rule ×count`, the form the judgments in docs/rules/README.md are written in. */
function tally(text: string, findings: Finding[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const finding of findings) {
    const line = text.slice(0, finding.start).split('\n').length;
    const key = `${line} ${finding.ruleId}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

test('writing norms: the clean 2022 government work report gives no finding', (t) => {
  const folder = sharedFile('eval', 'clean');
  if (!folder) {
    t.skip('../shared/eval/clean not found');
    return;
  }
  const files = readdirSync(folder).filter((name) => name.endsWith('.txt'));
  assert.ok(files.length > 0, `no .txt in ${folder}`);
  for (const name of files) {
    const text: string = readFileSync(join(folder, name), 'utf8');
    assert.deepEqual(lintNorms(text).map((f) => `${f.ruleId} ${f.matched}`), [], name);
  }
});

/** Judged true positives, see docs/rules/README.md: half-width marks and brackets, spaces before digits. */
const CORPUS_EXPECTED: Record<string, Record<string, number>> = {
  '000_13a88698e4410121.txt': { '72 punct/half-width': 2 },
  '004_b024111b054bc8a6.txt': {
    '38 punct/half-width': 2,
    '50 punct/half-width': 7,
    '52 punct/half-width': 15,
    '54 punct/half-width': 4,
    '122 space/cjk': 2,
    '124 space/cjk': 6,
  },
};

for (const [name, expected] of Object.entries(CORPUS_EXPECTED)) {
  test(`writing norms: corpus ${name} gives exactly the judged findings, and fix-all settles`, (t) => {
    const path = sharedFile('corpus', name);
    if (!path) {
      t.skip(`../shared/corpus/${name} not found`);
      return;
    }
    const text = readFileSync(path, 'utf8');
    assert.deepEqual(tally(text, lintNorms(text)), expected);
    const once = fixAll(text, lintNorms).text;
    assert.equal(fixAll(once, lintNorms).text, once);
    assert.deepEqual(lintNorms(once).filter((f) => f.fixes.length > 0), []);
  });
}
