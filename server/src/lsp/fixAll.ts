import { diffChars } from 'diff';
import type { TextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAll, type Finding } from '../core';
import { rangeOf } from './diagnostics';

/**
 * Fix-all as LSP edits: the core fixes the text (re-linting until nothing is left, so applying the result
 * again changes nothing); the edits are the difference, split into small non-overlapping pieces so that the
 * editor keeps the cursor and the undo step stays readable. Diffed by code point: no surrogate pair is split.
 */
export function fixAllEdits(document: TextDocument, lintText: (text: string) => readonly Finding[]): TextEdit[] {
  const original = document.getText();
  const { text: fixed, fixed: count } = fixAll(original, lintText);
  if (count === 0 || fixed === original) return [];
  const edits: TextEdit[] = [];
  let offset = 0;
  let pending: { start: number; end: number; text: string } | undefined;
  const flush = () => {
    if (pending) edits.push({ range: rangeOf(document, pending.start, pending.end), newText: pending.text });
    pending = undefined;
  };
  for (const change of diffChars(original, fixed)) {
    if (change.added) {
      pending ??= { start: offset, end: offset, text: '' };
      pending.text += change.value;
    } else if (change.removed) {
      pending ??= { start: offset, end: offset, text: '' };
      offset += change.value.length;
      pending.end = offset;
    } else {
      flush();
      offset += change.value.length;
    }
  }
  flush();
  return edits;
}
