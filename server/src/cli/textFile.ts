import { isUtf8 } from 'node:buffer';
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import iconv from 'iconv-lite';
import { inspectUtf8 } from './utf8';

/** A text file as found on disk: decoded text plus what is needed to write it back byte-for-byte alike. */
export interface TextFile {
  path: string;
  text: string;
  encoding: 'utf8' | 'gb18030';
  bom: boolean;
}

export class TextFileError extends Error {}

/**
 * Files larger than this are refused before they are read. A 公文 draft is well under 1 MB; at 20 MB
 * the engine needs a few hundred MB of memory (decoded text, Markdown tokens, findings), so a 50 MB log
 * or data file pasted as .txt is refused instead of exhausting memory.
 */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/**
 * Reads a draft. UTF-8 (with or without BOM) is the norm; a file that is not valid UTF-8 and has no BOM
 * is tried as GB18030 (a superset of GBK/GB2312, common in Chinese offices). A file that claims UTF-8 —
 * a BOM, or mostly valid UTF-8 multi-byte sequences — but has invalid bytes is refused with the line of
 * the first one rather than guessed at.
 */
export function readTextFile(path: string): TextFile {
  const size = statSync(path).size;
  if (size > MAX_FILE_BYTES) {
    throw new TextFileError(`${path}：文件过大（${megabytes(size)}），超过 ${megabytes(MAX_FILE_BYTES)} 的上限，未检查；请拆分后再检查`);
  }
  const bytes = readFileSync(path);
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  // Node's native check first: the byte-by-byte census below took 12 ms per MB.
  if (isUtf8(body)) return { path, text: body.toString('utf8'), encoding: 'utf8', bom };
  const utf8 = inspectUtf8(body);
  if (bom || utf8.validMultiByte > utf8.invalid) {
    const line = lineAt(body, utf8.firstInvalid);
    throw new TextFileError(`${path}:${line}：文件按 UTF-8 编码，但第 ${line} 行含有无效字节，未作处理（文件保持原样）`);
  }
  let text: string;
  try {
    text = new TextDecoder('gb18030', { fatal: true }).decode(body);
  } catch {
    throw new TextFileError(`${path}：既不是有效的 UTF-8，也不是有效的 GB18030 编码，未作处理`);
  }
  // --fix writes the file back through iconv-lite; refuse a file that would not come back byte for byte.
  if (!iconv.encode(text, 'gb18030').equals(body)) {
    throw new TextFileError(`${path}：GB18030 文件含有无法原样写回的字节，未作处理`);
  }
  return { path, text, encoding: 'gb18030', bom: false };
}

/**
 * Writes the file back in its own encoding and BOM, atomically: a temp file beside it, then rename, so
 * that an interrupted write never leaves half a draft. A file without write permission is refused (by
 * its mode bits, which also holds for root, who may write anything).
 */
export function writeTextFile(file: TextFile, text: string): void {
  const { mode } = statSync(file.path);
  if ((mode & 0o222) === 0) throw new TextFileError(`${file.path}：文件只读，无法写入修复（文件保持原样）`);
  const encoded = file.encoding === 'utf8' ? Buffer.from(text, 'utf8') : iconv.encode(text, 'gb18030');
  const bytes = file.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), encoded]) : encoded;
  const temp = join(dirname(file.path), `.${basename(file.path)}.tifa-${process.pid}.tmp`);
  try {
    const fd = openSync(temp, 'w', mode);
    try {
      writeSync(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file.path);
  } catch (error) {
    if (existsSync(temp)) unlinkSync(temp);
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'EACCES' || code === 'EPERM' ? '没有写入权限' : code === 'ENOSPC' ? '磁盘已满' : (error as Error).message;
    throw new TextFileError(`${file.path}：写入失败（${reason}），文件保持原样`);
  }
}

/** 1-based line of a byte offset. */
function lineAt(bytes: Buffer, offset: number): number {
  let line = 1;
  for (let at = bytes.indexOf(0x0a); at >= 0 && at < offset; at = bytes.indexOf(0x0a, at + 1)) line++;
  return line;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
