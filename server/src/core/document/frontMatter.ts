import type { LineIndex } from './lineIndex';
import { withoutBom } from '../text/bom';

/**
 * YAML front matter (`---` … `---` or `...` at the very top) is metadata, not prose. Returns how many
 * lines it spans, 0 when there is none.
 */
export function frontMatterLineCount(lines: LineIndex): number {
  const line = (i: number) => lines.text.slice(lines.lineStart(i), lines.lineEnd(i)).trimEnd();
  if (withoutBom(line(0)) !== '---') return 0;
  for (let i = 1; i < lines.lineCount; i++) {
    const text = line(i);
    if (text === '---' || text === '...') return i + 1;
  }
  return 0;
}

/** The text with its front matter's lines emptied (the line count stays, so line numbers still match). */
export function withoutFrontMatter(lines: LineIndex): string {
  const skipped = frontMatterLineCount(lines);
  if (skipped === 0) return lines.text;
  return skipped < lines.lineCount ? '\n'.repeat(skipped) + lines.text.slice(lines.lineStart(skipped)) : '\n'.repeat(skipped - 1);
}
