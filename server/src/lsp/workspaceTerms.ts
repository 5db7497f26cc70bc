import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { addIgnoredWord, addTermEntry } from '../core/terminology/edit';

export type WorkspaceTermChange = 'ignore' | 'add';

/**
 * Writes a word into the workspace term file (`.tifa/terms.yaml`), creating the file and its folder when
 * missing. Returns false when the word was already there. Throws (file:line) when the file is broken:
 * the user's text is never overwritten.
 */
export function writeWorkspaceTerm(file: string, word: string, change: WorkspaceTermChange): boolean {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const edit = change === 'ignore' ? addIgnoredWord(text, word, file) : addTermEntry(text, word, file);
  if (!edit.changed) return false;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, edit.text);
  return true;
}
