import { LineIndex } from './lineIndex';
import type { ProseDocument, ProseBlock } from './model';

/** A plain-text file is all prose: one block per non-empty line. */
export function parsePlainText(text: string): ProseDocument {
  const lines = new LineIndex(text);
  const blocks: ProseBlock[] = [];
  for (let line = 0; line < lines.lineCount; line++) {
    const start = lines.lineStart(line);
    const end = lines.lineEnd(line);
    if (end > start) blocks.push({ kind: 'plainLine', line, runs: [{ start, end }] });
  }
  return { text, lines, blocks, comments: [] };
}
