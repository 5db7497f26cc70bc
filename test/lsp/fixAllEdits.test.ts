import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAll, lint } from '../../server/src/core';
import { fixAllEdits } from '../../server/src/lsp/fixAll';
import { builtinTerms } from '../support/terms';
import { applyTextEdits } from './client';

const lintText = (text: string) => lint(text, { kind: 'markdown', terms: builtinTerms() }).findings;

/** Pieces drafts are made of: wrong and right forms, ASCII punctuation, astral characters, line breaks. */
const PIECES = ['做强制制造业', '做强制造业', '科技自强自立', '新质生产立', '以习近平为核心的党中央', '，', ',', '。', '𠀀', '\r\n', '\n', '# ', '我们要', 'abc'];

test('fix-all edits turn the text into exactly what the engine’s fix-all makes, without overlapping', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (pieces) => {
      const text = pieces.join('');
      const document = TextDocument.create('file:///x.md', 'markdown', 1, text);
      const edits = fixAllEdits(document, lintText);
      const expected = fixAll(text, lintText).text;
      assert.equal(applyTextEdits(text, edits), expected);
      assert.equal(edits.length === 0, expected === text);
    }),
    { numRuns: 200 },
  );
});

test('no edits when there is nothing to fix', () => {
  const document = TextDocument.create('file:///x.md', 'markdown', 1, '我们要做强制造业。\n');
  assert.deepEqual(fixAllEdits(document, lintText), []);
});
