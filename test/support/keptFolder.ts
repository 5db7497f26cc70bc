import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** How a kind of derived data is told where to keep its files (keepNearMissIndexesIn, keepTermMatchersIn…); `undefined` turns keeping off. */
type KeepIn = (folder: string | undefined) => void;

/** Runs `run` with keeping pointed at a fresh folder; afterwards keeping is off again and the folder gone. */
export function withKeptFolder(keepIn: KeepIn, run: (folder: string) => void): void {
  const folder = mkdtempSync(join(tmpdir(), 'tifa-kept-'));
  keepIn(folder);
  try {
    run(folder);
  } finally {
    keepIn(undefined);
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Runs `run` with keeping pointed at a "folder" that is a file, so that even root cannot write into it. */
export function withUnwritableFolder(keepIn: KeepIn, run: () => void): void {
  const parent = mkdtempSync(join(tmpdir(), 'tifa-kept-'));
  const notAFolder = join(parent, 'file');
  writeFileSync(notAFolder, '');
  keepIn(notAFolder);
  try {
    run();
  } finally {
    keepIn(undefined);
    rmSync(parent, { recursive: true, force: true });
  }
}

/**
 * Ways a kept file of packed arrays (see keptArrays.ts) can be damaged, each with its name: a reader must
 * refuse every one and derive the data again.
 */
export function damagedCopies(good: Buffer): [string, Buffer][] {
  return [
    ['empty', Buffer.alloc(0)],
    ['cut short', good.subarray(0, good.length >> 1)],
    ['one byte more', Buffer.concat([good, Buffer.of(0)])],
    ['not ours', Buffer.from('这不是 Tifa 存的文件'.repeat(100))],
    ['another layout', Buffer.concat([good.subarray(0, 4), Buffer.of(99, 0, 0, 0), good.subarray(8)])],
    ['a length changed', Buffer.concat([good.subarray(0, 20), Buffer.of(0xff, 0xff, 0xff, 0x7f), good.subarray(24)])],
  ];
}
