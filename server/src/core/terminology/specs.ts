import type { InputProblem } from '../types';
import type { TermEntry } from './entry';
import { expand, parsePattern } from './pattern';

/** Replaces every wrong form of one entry in `text`, as prh's specs expect. */
export function applyEntry(entry: TermEntry, text: string): string {
  const hits: { start: number; end: number; text: string }[] = [];
  for (const pattern of entry.patterns) {
    const parsed = parsePattern(pattern, entry.options?.wordBoundary);
    if (parsed.kind === 'literal') {
      for (let at = text.indexOf(parsed.text); at >= 0; at = text.indexOf(parsed.text, at + 1)) {
        hits.push({ start: at, end: at + parsed.text.length, text: entry.expected });
      }
      continue;
    }
    parsed.regex.lastIndex = 0;
    for (let m = parsed.regex.exec(text); m; m = parsed.regex.exec(text)) {
      if (m[0].length === 0) parsed.regex.lastIndex++;
      else hits.push({ start: m.index, end: m.index + m[0].length, text: expand(entry.expected, m) });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = 0;
  for (const hit of hits) {
    if (hit.start < at) continue;
    out += text.slice(at, hit.start) + hit.text;
    at = hit.end;
  }
  return out + text.slice(at);
}

/** Runs every entry's specs; a failing spec is a problem at the entry's line. */
export function runSpecs(entries: TermEntry[]): InputProblem[] {
  const problems: InputProblem[] = [];
  // By index: see numbered() in nearMissIndexCache.ts.
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    for (let s = 0; s < entry.specs.length; s++) {
      const spec = entry.specs[s];
      const actual = applyEntry(entry, spec.from);
      if (actual !== spec.to) {
        problems.push({
          file: entry.origin.file,
          line: entry.origin.line,
          message: `「${entry.expected}」的自测用例未通过：「${spec.from}」应改为「${spec.to}」，实际得到「${actual}」`,
        });
      }
    }
  }
  return problems;
}
