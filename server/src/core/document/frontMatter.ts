/**
 * YAML front matter (`---` … `---` or `...` at the very top) is metadata, not prose. Returns how many
 * lines it spans, 0 when there is none.
 */
export function frontMatterLineCount(lines: string[]): number {
  if (lines.length === 0 || lines[0].replace(/^\uFEFF/, '').trimEnd() !== '---') return 0;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i].trimEnd();
    if (line === '---' || line === '...') return i + 1;
  }
  return 0;
}
