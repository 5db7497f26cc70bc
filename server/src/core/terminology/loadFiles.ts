import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { InputProblem } from '../types';
import type { TermFile } from './entry';
import { parseTermFile } from './load';

/**
 * Reads term-base files from disk, following prh `imports`. A file that cannot be read or parsed is
 * reported and skipped; the others still load.
 */
export function readTermFiles(paths: readonly string[]): { files: TermFile[]; problems: InputProblem[] } {
  const files: TermFile[] = [];
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  const visit = (path: string) => {
    const file = resolve(path);
    if (seen.has(file)) return;
    seen.add(file);
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      problems.push({ file, line: 0, message: `无法读取术语文件：${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
      return;
    }
    const parsed = parseTermFile(bytes, file);
    problems.push(...parsed.problems);
    for (const imported of parsed.imports) visit(resolve(dirname(file), imported));
    files.push(parsed.termFile);
  };
  paths.forEach(visit);
  return { files, problems };
}
