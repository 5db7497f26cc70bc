import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { parse } from 'yaml';
import { parseTermFile } from '../../server/src/core';
import { REPO } from '../support/terms';
import { tempFolder } from '../support/tempDir';

const CLI = join(REPO, 'dist', 'cli.js');
const WRONG = '在做强制制造业上下功夫。';

function tifa(args: string[], options: { cwd?: string; input?: string } = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd ?? REPO, input: options.input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

test('check prints findings grouped by file with line:column and exits 1 on errors', () => {
  const root = tempFolder({ '草稿.md': `# 标题\n\n${WRONG}\n` });
  const { code, out } = tifa(['check', '.'], { cwd: root });
  assert.equal(code, 1);
  assert.match(out, /^草稿\.md$/m);
  assert.match(out, /^ {2}3:2 {2}错误 {2}「做强制制造业」不是规范提法，应为「做强制造业」 {2}做强制制造业 → 做强制造业 {2}term\/variant$/m);
  assert.match(out, /共 1 个问题（1 个错误，0 个警告，0 个提示）/);
});

test('output larger than a pipe holds arrives whole on both streams, with the exit code', () => {
  // Over 64 KB of JSON on stdout (a pipe's buffer), and a problem on stderr.
  const root = tempFolder({ '长文.md': `${WRONG}\n\n`.repeat(600), '.tifarc.yaml': 'rules: [' });
  const { code, out, err } = tifa(['check', '长文.md', '--format', 'json'], { cwd: root });
  assert.ok(out.length > 64 * 1024, `${out.length} characters of output`);
  assert.equal(JSON.parse(out)[0].messages.filter((m: { ruleId: string }) => m.ruleId === 'term/variant').length, 600);
  assert.match(err, /\.tifarc\.yaml:1/);
  assert.equal(code, 2);
});

test('clean files exit 0 and print nothing', () => {
  const root = tempFolder({ 'a.txt': '在做强制造业上下功夫。\n' });
  assert.deepEqual(tifa(['check', 'a.txt'], { cwd: root }), { code: 0, out: '', err: '' });
});

test('--format json has the shape of textlint’s json formatter', () => {
  const root = tempFolder({ 'a.md': `第一行\r\n${WRONG}\r\n` });
  const { out } = tifa(['check', 'a.md', '--format', 'json'], { cwd: root });
  const [file] = JSON.parse(out);
  assert.equal(file.filePath, 'a.md');
  const [message] = file.messages;
  const index = 5 + 1; // after "第一行\r\n" and "在"
  assert.deepEqual(message, {
    type: 'lint',
    ruleId: 'term/variant',
    message: '「做强制制造业」不是规范提法，应为「做强制造业」',
    index,
    line: 2,
    column: 2,
    range: [index, index + 6],
    loc: { start: { line: 2, column: 2 }, end: { line: 2, column: 8 } },
    severity: 2,
    fix: { range: [index + 3, index + 4], text: '' },
  });
});

test('--format sarif is SARIF 2.1.0 with rules, regions and fixes', () => {
  const root = tempFolder({ 'a.txt': WRONG });
  const log = JSON.parse(tifa(['check', 'a.txt', '-f', 'sarif'], { cwd: root }).out);
  assert.equal(log.version, '2.1.0');
  const run = log.runs[0];
  assert.ok(run.tool.driver.rules.some((r: { id: string }) => r.id === 'term/typo'));
  const [result] = run.results;
  assert.equal(result.ruleId, 'term/variant');
  assert.equal(result.level, 'error');
  assert.deepEqual(result.locations[0].physicalLocation.region, { startLine: 1, startColumn: 2, endLine: 1, endColumn: 8, charOffset: 1, charLength: 6 });
  assert.deepEqual(result.fixes[0].artifactChanges[0].replacements[0], { deletedRegion: { charOffset: 4, charLength: 1 }, insertedContent: { text: '' } });
});

test('--fix writes fixes keeping BOM and CRLF; a second run changes nothing', () => {
  const original = `\uFEFF一、总体要求\r\n${WRONG}坚决拥护以习近平为核心的党中央。\r\n`;
  const root = tempFolder({ 'a.md': original });
  const first = tifa(['check', '--fix', 'a.md'], { cwd: root });
  assert.equal(first.code, 0, first.err);
  const fixed = readFileSync(join(root, 'a.md'), 'utf8');
  assert.equal(fixed, '\uFEFF一、总体要求\r\n在做强制造业上下功夫。坚决拥护以习近平同志为核心的党中央。\r\n');
  tifa(['check', '--fix', 'a.md'], { cwd: root });
  assert.equal(readFileSync(join(root, 'a.md'), 'utf8'), fixed);
});

test('a GB18030 file is checked and fixed in its own encoding', () => {
  const root = tempFolder({ 'gbk.txt': iconv.encode(`${WRONG}\n`, 'gb18030') });
  const check = tifa(['check', 'gbk.txt'], { cwd: root });
  assert.match(check.out, /做强制制造业/);
  tifa(['check', '--fix', 'gbk.txt'], { cwd: root });
  assert.equal(iconv.decode(readFileSync(join(root, 'gbk.txt')), 'gb18030'), '在做强制造业上下功夫。\n');
});

test('--fix-dry-run prints a diff and writes nothing', () => {
  const root = tempFolder({ 'a.txt': `${WRONG}\n` });
  const { out } = tifa(['check', '--fix-dry-run', 'a.txt'], { cwd: root });
  assert.match(out, /^-在做强制制造业上下功夫。$/m);
  assert.match(out, /^\+在做强制造业上下功夫。$/m);
  assert.equal(readFileSync(join(root, 'a.txt'), 'utf8'), `${WRONG}\n`);
});

test('--stdin checks standard input under --stdin-filename; with --fix it prints the fixed text', () => {
  const json = JSON.parse(tifa(['check', '--stdin', '--stdin-filename', '草稿.md', '-f', 'json'], { input: WRONG }).out);
  assert.equal(json[0].filePath, '草稿.md');
  assert.equal(json[0].messages.length, 1);
  assert.equal(tifa(['check', '--stdin', '--fix'], { input: WRONG }).out, '在做强制造业上下功夫。');
});

test('usage errors exit 2 with a message in 简体中文', () => {
  const missing = tifa(['check', '不存在的文件.md']);
  assert.equal(missing.code, 2);
  assert.match(missing.err, /找不到文件或目录：不存在的文件\.md/);
  assert.equal(tifa(['check', '--format', 'xml', 'README.md']).code, 2);
  assert.equal(tifa(['check']).code, 2);
});

test('commander’s usage errors and help headings are in 简体中文', () => {
  const unknown = tifa(['check', '--bogus']);
  assert.equal(unknown.code, 2);
  assert.equal(unknown.err, 'tifa: 未知选项：--bogus（运行 tifa --help 查看用法）\n');
  assert.match(tifa(['check', '-f', 'xml', 'a.md']).err, /选项 -f, --format <格式> 的值「xml」无效，可选：stylish、json、sarif/);
  assert.match(tifa(['frob']).err, /未知命令：frob/);
  const help = tifa(['check', '--help']);
  assert.equal(help.code, 0);
  assert.match(help.out, /^用法： tifa check \[选项\] \[路径\.\.\.\]$/m);
  assert.match(help.out, /^选项：$/m);
  assert.doesNotMatch(help.out, /Usage:|Options:|default:|choices:/);
});

test('a broken config: exit 2, file and line named, findings still shown, --fix writes nothing', () => {
  const root = tempFolder({ '.tifarc.yaml': 'rules:\n  term/typo: 很严\n', 'a.txt': WRONG });
  const run = tifa(['check', '--fix', 'a.txt'], { cwd: root });
  assert.equal(run.code, 2);
  assert.match(run.err, /\.tifarc\.yaml:2: /);
  assert.match(run.err, /未写入任何修复/);
  assert.match(run.out, /做强制制造业/);
  assert.equal(readFileSync(join(root, 'a.txt'), 'utf8'), WRONG);
});

test('a team pattern that is a built-in term’s canonical form is refused, naming where the built-in term is defined', () => {
  const root = tempFolder({ '.tifarc.yaml': 'terminology:\n  - terms.yaml\n', 'terms.yaml': 'rules:\n  - expected: 做强制造业企业\n    patterns: [做强制造业]\n', 'a.txt': '做强制造业企业。\n' });
  const run = tifa(['check', 'a.txt'], { cwd: root });
  const builtin = readFileSync(join(REPO, 'terminology', 'base.yaml'), 'utf8').split('\n').findIndex((line) => line.includes('expected: "做强制造业"')) + 1;
  assert.ok(builtin > 0);
  assert.match(run.err, new RegExp(`terms\\.yaml:2: .*「做强制造业」本身是词条「做强制造业」的规范写法（terminology/base\\.yaml:${builtin}）`));
});

test('a file claimed as UTF-8 (BOM) with invalid bytes: a clear error, the file untouched', () => {
  const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(WRONG), Buffer.from([0xff, 0xfe])]);
  const root = tempFolder({ 'bad.txt': bytes });
  const run = tifa(['check', '--fix', 'bad.txt'], { cwd: root });
  assert.equal(run.code, 2);
  assert.match(run.err, /含有无效字节/);
  assert.deepEqual(readFileSync(join(root, 'bad.txt')), bytes);
});

test('folders recurse over .md, .markdown and .txt; ignore globs apply', () => {
  const root = tempFolder({
    '.tifarc.yaml': 'ignore:\n  - 归档/**\n',
    'a/b.markdown': WRONG,
    'a/c.txt': WRONG,
    'a/d.json': WRONG,
    '归档/e.md': WRONG,
  });
  const [files] = [JSON.parse(tifa(['check', '.', '-f', 'json'], { cwd: root }).out).map((f: { filePath: string }) => f.filePath)];
  assert.deepEqual(files, ['a/b.markdown', 'a/c.txt']);
});

test('terms check: the built-in base passes; a broken file fails with file:line', () => {
  const ok = tifa(['terms', 'check']);
  assert.equal(ok.code, 0, ok.err);
  assert.match(ok.out, /内置术语库：\d+ 个词条，\d+ 个自测用例，全部通过/);
  const root = tempFolder({ 'bad.yaml': 'rules:\n  - expected: 甲乙\n    patterns: [乙甲]\n    specs:\n      - from: 乙甲\n        to: 乙乙\n' });
  const bad = tifa(['terms', 'check', 'bad.yaml'], { cwd: root });
  assert.equal(bad.code, 1);
  assert.match(bad.err, /bad\.yaml:2: 「甲乙」的自测用例未通过/);
});

test('terms export --format prh: plain prh YAML that loads back with the same prh fields', () => {
  const { code, out } = tifa(['terms', 'export', '--format', 'prh']);
  assert.equal(code, 0);
  const exported = parse(out) as { version: number; rules: Record<string, unknown>[] };
  assert.equal(exported.version, 1);
  const allowed = new Set(['expected', 'pattern', 'patterns', 'specs', 'prh', 'regexpMustEmpty', 'options']);
  for (const rule of exported.rules) for (const key of Object.keys(rule)) assert.ok(allowed.has(key), `not a prh field: ${key}`);
  const reloaded = parseTermFile(out, 'export.yml');
  assert.deepEqual(reloaded.problems, []);
  const entry = reloaded.termFile.entries.find((e) => e.expected === '做强制造业');
  assert.deepEqual(entry?.patterns, ['做强制制造业']);
  assert.equal(entry?.specs.length, 1);
});
