import { renameSync, rmSync, writeFileSync } from 'node:fs';

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
