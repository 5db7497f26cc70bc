import { readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Writes a file kept for later runs whole or not at all (a temp file, then rename), so that a run cut
 * short or running alongside never leaves half a file to read. Best effort: false when the folder
 * cannot be written (read-only, gone, not a folder), and the run goes on without keeping it.
 */
export function keepFile(file: string, data: string | Uint8Array): boolean {
  const temp = `${file}.${process.pid}`;
  try {
    writeFileSync(temp, data);
    renameSync(temp, file);
    return true;
  } catch {
    try {
      rmSync(temp, { force: true });
    } catch {
      // No temp file could be made there either.
    }
    return false;
  }
}

/**
 * Removes all but the `count` newest files in `dir` whose names match: what is kept for bases, files or
 * folders no longer in use would otherwise pile up. Best effort, like keepFile().
 */
export function keepNewest(dir: string, names: RegExp, count: number): void {
  try {
    const older = readdirSync(dir)
      .filter((name) => names.test(name))
      .map((name) => ({ path: join(dir, name), time: statSync(join(dir, name)).mtimeMs }))
      .sort((a, b) => b.time - a.time)
      .slice(count);
    for (const { path } of older) rmSync(path, { force: true });
  } catch {
    // Another run removed them first, or the folder went away.
  }
}
