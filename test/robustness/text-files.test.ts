import assert from 'node:assert/strict';
import { isUtf8 } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { chmodSync, readdirSync, readFileSync, statSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { main } from '../../server/src/cli/main';
import { MAX_FILE_BYTES } from '../../server/src/cli/textFile';
import { inspectUtf8 } from '../../server/src/cli/utf8';
import { REPO } from '../support/terms';
import { tempFolder } from '../support/tempDir';

/** Files as Chinese offices have them, and files that must be refused: the CLI run in process. */

const WRONG = '在做强制制造业上下功夫。';
const RIGHT = '在做强制造业上下功夫。';

async function tifa(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { cwd, out: (t) => void (out += t), err: (t) => void (err += t), readStdin: async () => '' });
  return { code, out, err };
}

test('GBK/GB18030 .txt with CRLF: detected, checked, and --fix writes GB18030 back with CRLF, nothing else changed', async () => {
  const original = `一、总体要求\r\n${WRONG}\r\n二、重点任务：坚持科技自立自强，𠀀字与€号照旧。\r\n`;
  const root = tempFolder({ 'gbk.txt': iconv.encode(original, 'gb18030') });
  const check = await tifa(['check', '--format', 'json', 'gbk.txt'], root);
  const [report] = JSON.parse(check.out);
  assert.equal(report.messages[0].line, 2);
  assert.equal((await tifa(['check', '--fix', 'gbk.txt'], root)).code, 0);
  const bytes = readFileSync(join(root, 'gbk.txt'));
  assert.ok(inspectUtf8(bytes).firstInvalid >= 0, 'still GB18030, not rewritten as UTF-8');
  assert.deepEqual(bytes, iconv.encode(original.replace(WRONG, RIGHT), 'gb18030'));
});

test('UTF-8 without BOM but with a damaged byte: an error naming file and line, the file untouched, other files still fixed', async () => {
  const damaged = Buffer.concat([Buffer.from(`第一行\n${WRONG}\n第三行`), Buffer.from([0xe5, 0x81]), Buffer.from('坏了\n')]);
  const root = tempFolder({ 'damaged.md': damaged, 'good.md': `${WRONG}\n` });
  const run = await tifa(['check', '--fix', 'damaged.md', 'good.md'], root);
  assert.equal(run.code, 2);
  assert.match(run.err, /damaged\.md:3：文件按 UTF-8 编码，但第 3 行含有无效字节，未作处理/);
  assert.deepEqual(readFileSync(join(root, 'damaged.md')), damaged);
  assert.equal(readFileSync(join(root, 'good.md'), 'utf8'), `${RIGHT}\n`);
});

test('bytes valid in neither UTF-8 nor GB18030: a clear error, untouched', async () => {
  const junk = Buffer.from([0x80, 0xff, 0x80, 0xff, 0x0a]);
  const root = tempFolder({ 'junk.txt': junk });
  const run = await tifa(['check', '--fix', 'junk.txt'], root);
  assert.equal(run.code, 2);
  assert.match(run.err, /既不是有效的 UTF-8，也不是有效的 GB18030 编码/);
  assert.deepEqual(readFileSync(join(root, 'junk.txt')), junk);
});

test('--fix on a read-only file: a clear error, the file and its mode untouched (also when run as root)', async () => {
  const root = tempFolder({ 'locked.md': `${WRONG}\n` });
  const path = join(root, 'locked.md');
  chmodSync(path, 0o444);
  const run = await tifa(['check', '--fix', 'locked.md'], root);
  assert.equal(run.code, 2);
  assert.match(run.err, /locked\.md：文件只读，无法写入修复/);
  assert.equal(readFileSync(path, 'utf8'), `${WRONG}\n`);
  assert.equal(statSync(path).mode & 0o777, 0o444);
});

test('--fix writes atomically: a new file renamed into place, mode, BOM and CRLF kept, no temp file left', async () => {
  const original = `\ufeff# 标题\r\n\r\n${WRONG}\r\n`;
  const root = tempFolder({ 'a.md': original });
  const path = join(root, 'a.md');
  chmodSync(path, 0o640);
  const before = statSync(path);
  assert.equal((await tifa(['check', '--fix', 'a.md'], root)).code, 0);
  const after = statSync(path);
  assert.notEqual(after.ino, before.ino, 'replaced by rename, not rewritten in place');
  assert.equal(after.mode & 0o777, 0o640);
  assert.equal(readFileSync(path, 'utf8'), original.replace(WRONG, RIGHT));
  assert.deepEqual(readdirSync(root), ['a.md']);
});

test(`a file over ${MAX_FILE_BYTES / 1024 / 1024} MB is refused before it is read; the other files are still checked`, async () => {
  const root = tempFolder({ 'huge.txt': '', 'small.txt': `${WRONG}\n` });
  truncateSync(join(root, 'huge.txt'), 50 * 1024 * 1024); // sparse: 50 MB on paper, no disk or memory used
  const run = await tifa(['check', '--format', 'json', 'huge.txt', 'small.txt'], root);
  assert.equal(run.code, 2);
  assert.match(run.err, /huge\.txt：文件过大（50\.0 MB），超过 20\.0 MB 的上限，未检查/);
  assert.deepEqual(JSON.parse(run.out).map((r: { filePath: string }) => r.filePath), ['small.txt']);
});

test('the UTF-8 census tells damaged UTF-8 from GBK', () => {
  const utf8 = inspectUtf8(Buffer.concat([Buffer.from(WRONG.repeat(3)), Buffer.from([0xff])]));
  assert.ok(utf8.validMultiByte > utf8.invalid);
  assert.equal(utf8.firstInvalid, Buffer.byteLength(WRONG.repeat(3)));
  const gbk = inspectUtf8(iconv.encode(WRONG.repeat(3), 'gbk'));
  assert.ok(gbk.invalid > gbk.validMultiByte);
  assert.deepEqual(inspectUtf8(Buffer.from('a\u{20000}😀é')), { validMultiByte: 3, invalid: 0, firstInvalid: -1 });
  // Overlong encodings and encoded surrogates are not UTF-8.
  assert.equal(inspectUtf8(Buffer.from([0xc0, 0xaf])).firstInvalid, 0);
  assert.equal(inspectUtf8(Buffer.from([0xed, 0xa0, 0x80])).firstInvalid, 0);
});

test('Node’s isUtf8, which readTextFile asks first, agrees with the census on what is valid UTF-8', () => {
  // Bytes around the edges of UTF-8: ASCII, continuations, lead bytes of every length, invalid leads.
  const edgeByte = fc.constantFrom(0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff);
  const bytes = fc.array(fc.oneof(edgeByte, fc.integer({ min: 0, max: 255 })), { maxLength: 12 });
  fc.assert(fc.property(bytes, (b) => isUtf8(Buffer.from(b)) === (inspectUtf8(Buffer.from(b)).firstInvalid < 0)), { numRuns: 20000 });
});

test('standard input over the same limit is refused as it arrives, with exit code 2', () => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(REPO, 'server', 'src', 'cli', 'index.ts'), 'check', '--stdin'], {
    input: Buffer.alloc(MAX_FILE_BYTES + 1024 * 1024, '字'),
    encoding: 'utf8',
    cwd: REPO,
  });
  assert.equal(result.status, 2, result.stderr);
  assert.match(result.stderr, /标准输入过大（超过 20 MB 的上限），未检查/);
});
