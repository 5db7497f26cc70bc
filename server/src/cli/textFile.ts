import { closeSync, fsyncSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync, constants, accessSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import iconv from 'iconv-lite';

/** A text file as found on disk: decoded text plus what is needed to write it back byte-for-byte alike. */
export interface TextFile {
  path: string;
  text: string;
  encoding: 'utf8' | 'gb18030';
  bom: boolean;
}

export class TextFileError extends Error {}

/**
 * Reads a draft. UTF-8 (with or without BOM) is the norm; a file that is not valid UTF-8 and has no BOM
 * is tried as GB18030 (a superset of GBK/GB2312, common in Chinese offices). A file with a UTF-8 BOM but
 * invalid bytes is refused rather than guessed at.
 */
export function readTextFile(path: string): TextFile {
  const bytes = readFileSync(path);
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { path, text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf8', bom };
  } catch {
    if (bom) throw new TextFileError(`${path}：文件声明为 UTF-8（有 BOM），但含有无效字节，未作处理`);
  }
  try {
    return { path, text: new TextDecoder('gb18030', { fatal: true }).decode(body), encoding: 'gb18030', bom: false };
  } catch {
    throw new TextFileError(`${path}：既不是有效的 UTF-8，也不是有效的 GB18030 编码，未作处理`);
  }
}

/** Writes the file back in its own encoding and BOM, atomically: a temp file beside it, then rename. */
export function writeTextFile(file: TextFile, text: string): void {
  try {
    accessSync(file.path, constants.W_OK);
  } catch {
    throw new TextFileError(`${file.path}：文件只读，无法写入修复`);
  }
  const encoded = file.encoding === 'utf8' ? Buffer.from(text, 'utf8') : iconv.encode(text, 'gb18030');
  const bytes = file.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), encoded]) : encoded;
  const temp = join(dirname(file.path), `.${basename(file.path)}.tifa-${process.pid}.tmp`);
  const mode = statSync(file.path).mode;
  const fd = openSync(temp, 'w', mode);
  try {
    writeSync(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(temp, file.path);
  } catch (error) {
    unlinkSync(temp);
    throw new TextFileError(`${file.path}：写入失败（${(error as Error).message}）`);
  }
}
