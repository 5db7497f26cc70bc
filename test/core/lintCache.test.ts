import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { lint, LintCache, type FileKind, type Rule } from '../../server/src/core';
import { builtinTerms, REPO } from '../support/terms';

const DRAFT = readFileSync(join(REPO, 'examples', '通知-推动制造业高质量发展.md'), 'utf8');
const PIECES = ['做强制制造业', '，，', '\n\n', '\n', '## 二、', '（一）', '“', '”', ' ', '2023年05月01日', '科技自强自立', '<!-- tifa-disable-next-line -->\n', '```\n', '| 甲 | 乙 |\n|---|---|\n', '截止目前', '的的'];

/** A random edit: delete a stretch, insert a piece, or both, anywhere (surrogate pairs are not split). */
const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 12 }), insert: fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 })) });

function apply(text: string, e: { at: number; remove: number; insert: string }): string {
  let at = e.at % (text.length + 1);
  if (at > 0 && at < text.length && /[\udc00-\udfff]/.test(text[at])) at--;
  let end = Math.min(text.length, at + e.remove);
  if (end < text.length && /[\udc00-\udfff]/.test(text[end])) end++;
  return text.slice(0, at) + e.insert + text.slice(end);
}

for (const kind of ['markdown', 'plaintext'] as FileKind[]) {
  test(`${kind}: with a cache, every lint after an edit equals a lint from scratch`, () => {
    const terms = builtinTerms();
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
        const cache = new LintCache();
        let text = DRAFT;
        lint(text, { kind, terms }, cache);
        for (const e of edits) {
          text = apply(text, e);
          assert.deepEqual(lint(text, { kind, terms }, cache).findings, lint(text, { kind, terms }).findings);
        }
      }),
      { numRuns: Number(process.env.TIFA_PROPERTY_RUNS ?? 60) },
    );
  });
}

test('after an edit in one paragraph, block-scoped rules see only that paragraph', () => {
  const seen: number[] = [];
  const counting: Rule = { id: 'test/count', title: '计数', defaultSeverity: 'info', scope: 'block', check: ({ document }) => void seen.push(document.blocks.length) };
  const options = { kind: 'markdown' as const, terms: builtinTerms(), ruleSet: [counting] };
  const cache = new LintCache();
  const text = '第一段。\n\n第二段。\n\n第三段。\n';
  lint(text, options, cache);
  lint(text.replace('第二段', '第二段落'), options, cache);
  assert.deepEqual(seen, [3, 1]);
});

test('changed settings make the cache start over', () => {
  const cache = new LintCache();
  const text = '加快实现科技自强自立。\n';
  lint(text, { kind: 'plaintext', terms: builtinTerms() }, cache);
  const off = lint(text, { kind: 'plaintext', terms: builtinTerms(), rules: { term: 'off' } }, cache);
  assert.deepEqual(off.findings.filter((f) => f.ruleId.startsWith('term/')), []);
  const info = lint(text, { kind: 'plaintext', terms: builtinTerms(), rules: { term: 'info' } }, cache);
  assert.equal(info.findings.find((f) => f.ruleId === 'term/variant')?.severity, 'info');
});
