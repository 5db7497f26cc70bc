import type { FileKind } from '../types';
import type { ProseDocument } from './model';
import { parseMarkdown } from './markdown';
import { parsePlainText } from './plain';

export type { ProseDocument, ProseBlock, ProseRun, Comment, BlockKind } from './model';
export { LineIndex } from './lineIndex';

export function parseDocument(text: string, kind: FileKind): ProseDocument {
  return kind === 'markdown' ? parseMarkdown(text) : parsePlainText(text);
}

/** The file kind from a file name: Markdown for .md/.markdown, plain text otherwise. */
export function fileKindOf(fileName: string): FileKind {
  return /\.(md|markdown|mdx)$/i.test(fileName) ? 'markdown' : 'plaintext';
}
