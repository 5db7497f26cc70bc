/**
 * Properties of the writing-norm rules on generated text built from the characters they react to:
 * no rule throws, every fix lies inside its finding and keeps surrogate pairs whole, and fix-all
 * applied twice equals once.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { allRules, fixAll, lint, TermBase, type FileKind } from '../../server/src/core';

const normRules = allRules.filter((rule) => /^(punct|number|space|structure|word)\//.test(rule.id));
const noTerms = TermBase.fromFiles([]);

const PIECES = [
  '中', '国', '的', '在', '截止', '目前', '做', '很好', '切实', '推进', '附件', '发', '年', '月', '日', '天', '三', '五', '零', '二', '〇', '号', '第',
  '，', '。', '、', '；', '：', '？', '！', '“', '”', '‘', '’', '《', '》', '〈', '〉', '（', '）', '〔', '〕', '【', '】', '…', '—', '―', '～',
  ',', ';', ':', '?', '!', '(', ')', '"', "'", '.', '-', '~', '%', '[', ']',
  '0', '1', '5', '9', '19', '2023', '０', '５', 'Ａ', 'a', 'x', ' ', '\u3000', '\t', '\n', '\r\n', '𠀀', '一、', '（一）', '1.', '# ', '`',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((pieces) => pieces.join(''));

function lintNorms(source: string, kind: FileKind) {
  const result = lint(source, { kind, terms: noTerms, ruleSet: normRules });
  assert.deepEqual(result.failures, []);
  return result.findings;
}

function splitsPair(source: string, offset: number): boolean {
  const before = source.charCodeAt(offset - 1);
  const after = source.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

for (const kind of ['plaintext', 'markdown'] as const) {
  test(`writing norms (${kind}): fixes stay inside findings, keep surrogate pairs, and fix-all is idempotent`, () => {
    fc.assert(
      fc.property(text, (source) => {
        for (const finding of lintNorms(source, kind)) {
          for (const fix of finding.fixes) {
            assert.ok(finding.start <= fix.start && fix.end <= finding.end, `${finding.ruleId} fix outside its finding`);
            assert.ok(!splitsPair(source, fix.start) && !splitsPair(source, fix.end), `${finding.ruleId} splits a surrogate pair`);
          }
        }
        const once = fixAll(source, (t) => lintNorms(t, kind)).text;
        assert.equal(fixAll(once, (t) => lintNorms(t, kind)).text, once);
      }),
      { numRuns: 400 },
    );
  });
}
