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

/**
 * A short name for what a kept file belongs to (a path, a base's terms): 8 hex digits of FNV-1a. Two
 * that share a name only take turns in the file, which holds enough to tell them apart. (A hash from
 * node:crypto would cost ~10 ms to load.)
 */
export function shortName(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}
