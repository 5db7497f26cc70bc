import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

const CHECKED = /\.(md|markdown|txt)$/i;

export class UsageError extends Error {}

/**
 * Paths and globs → the files to check: .md, .markdown and .txt; folders recurse (node_modules and
 * hidden folders are skipped). A named path that does not exist is a usage error.
 */
export async function expandPaths(inputs: readonly string[], cwd: string): Promise<string[]> {
  const found = new Set<string>();
  for (const input of inputs) {
    const normalized = input.split('\\').join('/');
    if (isDynamicPattern(normalized)) {
      for (const file of await glob(normalized, { cwd, absolute: true, ignore: ['**/node_modules/**'] })) {
        if (CHECKED.test(file)) found.add(resolve(file));
      }
      continue;
    }
    const path = resolve(cwd, input);
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch {
      throw new UsageError(`找不到文件或目录：${input}`);
    }
    if (!isDirectory) {
      found.add(path);
      continue;
    }
    for (const file of await glob('**/*.{md,markdown,txt,MD,TXT}', { cwd: path, absolute: true, ignore: ['**/node_modules/**'] })) {
      found.add(resolve(file));
    }
  }
  return [...found].sort();
}
