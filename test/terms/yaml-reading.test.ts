import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTermFile } from '../../server/src/core';
import { keepReadingsIn } from '../../server/src/core/input/readingCache';
import { validatorsSource, VALIDATORS_FILE } from '../../scripts/validators';
import { withKeptFolder, withUnwritableFolder } from '../support/keptFolder';

/**
 * Term and config files are read by js-yaml first and by the `yaml` library when lines or exact errors
 * are needed (input/yamlFile.ts). Whichever reads, the entries, their lines and the problems are the same.
 */

test('the generated schema validators match the schemas (npm run build regenerates them)', () => {
  assert.equal(readFileSync(VALIDATORS_FILE, 'utf8'), validatorsSource());
});

test('entries and people of a valid file know the line they were defined on', () => {
  const yaml = [
    '# 团队术语',
    'rules:',
    '  - expected: 智慧园区平台', // line 3
    '    patterns: [智能园区平台]',
    '',
    '  - pattern: 智惠园区', // line 6: prh allows the fields in any order
    '    expected: 智慧园区',
    'people:',
    '  - name: 张三丰', // line 9
    '    titles: [园区管委会主任]',
  ].join('\n');
  const { termFile, problems } = parseTermFile(`\uFEFF${yaml}`, 'team.yaml');
  assert.deepEqual(problems, []);
  assert.deepEqual(termFile.entries.map((e) => [e.expected, e.origin.file, e.origin.line]), [
    ['智慧园区平台', 'team.yaml', 3],
    ['智慧园区', 'team.yaml', 6],
  ]);
  assert.deepEqual(termFile.people?.map((p) => p.origin.line), [9]);
});

test('entries before and after a refused pattern keep their lines', () => {
  const yaml = ['rules:', '  - expected: 甲乙', '    patterns: [乙甲]', '  - expected: 丙丁', '    patterns: ["/(a+)+/"]', '  - expected: 戊己', '    patterns: [己戊]'].join('\n');
  const { termFile, problems } = parseTermFile(yaml, 'mixed.yaml');
  assert.deepEqual(problems.map((p) => p.line), [4]);
  assert.deepEqual(termFile.entries.map((e) => e.origin.line), [2, 4, 6]);
});

test('a duplicate key is a YAML error at its line, as the `yaml` library words it', () => {
  const { termFile, problems } = parseTermFile('rules:\n  - expected: 甲乙\n    expected: 乙甲\n', 'dup.yaml');
  assert.equal(termFile.entries.length, 0);
  assert.equal(problems.length, 1);
  assert.equal(problems[0].line, 3);
  assert.match(problems[0].message, /^YAML 语法错误：Map keys must be unique/);
});

test('a %YAML 1.1 directive keeps its meaning (`no` is false), and aliases are expanded', () => {
  const yaml = ['%YAML 1.1', '---', 'rules:', '  - expected: 高质量发展', '    patterns: &wrong [高品质发展]', '    typo: no', '  - expected: 高水平发展', '    patterns: *wrong'].join('\n');
  const { termFile, problems } = parseTermFile(yaml, 'old.yaml');
  assert.deepEqual(problems, []);
  assert.deepEqual(termFile.entries.map((e) => [e.expected, e.patterns, e.typo, e.origin.line]), [
    ['高质量发展', ['高品质发展'], false, 4],
    ['高水平发展', ['高品质发展'], undefined, 7],
  ]);
});

/** A term file of `count` entries (two lines each, from line 2), large enough to be kept from 800 on. */
function largeTermFile(count: number, wrong = '条词', extra = ''): string {
  return `rules:\n${Array.from({ length: count }, (_, i) => `  - expected: 词条${i}号\n    patterns: [${wrong}${i}号]`).join('\n')}\n${extra}`;
}

const withReadingsKept = (run: (folder: string) => void) => withKeptFolder(keepReadingsIn, run);

test('large files’ readings are kept by content: the same text reads the same, an edit is read anew', () => {
  withReadingsKept((folder) => {
    const text = largeTermFile(800);
    assert.ok(text.length > 16 * 1024, 'large enough to be kept');
    const first = parseTermFile(text, '/team/terms.yaml');
    assert.equal(readdirSync(folder).length, 1);
    const again = parseTermFile(text, '/team/terms.yaml');
    assert.deepEqual(again.termFile.entries.map((e) => [e.expected, e.patterns, e.origin.line]), first.termFile.entries.map((e) => [e.expected, e.patterns, e.origin.line]));
    assert.equal(again.termFile.entries[799].origin.line, 1600); // 2 + 2 × 799

    const edited = parseTermFile(largeTermFile(800, '词号'), '/team/terms.yaml');
    assert.deepEqual(edited.termFile.entries[0].patterns, ['词号0号']);
    assert.equal(readdirSync(folder).length, 1, 'one kept reading per file');

    writeFileSync(join(folder, readdirSync(folder)[0]), '{damaged');
    assert.deepEqual(parseTermFile(text, '/team/terms.yaml').termFile.entries[0].patterns, ['条词0号']);
  });
});

test('a file read from disk is kept by its bytes: its text (BOM and all) finds the same reading, and lines come from the bytes when asked for', () => {
  withReadingsKept(() => {
    const text = `\uFEFF${largeTermFile(800)}`;
    const first = parseTermFile(Buffer.from(text, 'utf8'), '/team/terms.yaml');
    assert.ok(first.termFile.token, 'kept with a token');
    const fromBytes = parseTermFile(Buffer.from(text, 'utf8'), '/team/terms.yaml');
    const fromText = parseTermFile(text, '/team/terms.yaml');
    assert.equal(fromBytes.termFile.token, first.termFile.token);
    assert.equal(fromText.termFile.token, first.termFile.token);
    assert.equal(fromBytes.termFile.entries[799].origin.line, 1600);
    assert.equal(fromBytes.termFile.entries[0].expected, '词条0号');
    const oneByteMore = parseTermFile(Buffer.from(`${text} `, 'utf8'), '/team/terms.yaml');
    assert.notEqual(oneByteMore.termFile.token, first.termFile.token, 'another content, another reading');
  });
});

test('a kept reading has a token: the file read or kept has it, the same while the text is, another after an edit; a file not kept has none', () => {
  withReadingsKept(() => {
    const text = largeTermFile(800);
    const first = parseTermFile(text, '/team/terms.yaml').termFile.token;
    assert.ok(first, 'kept with a token');
    assert.equal(parseTermFile(text, '/team/terms.yaml').termFile.token, first);
    const edited = parseTermFile(largeTermFile(800, '词号'), '/team/terms.yaml').termFile.token;
    assert.ok(edited && edited !== first);
    assert.notEqual(parseTermFile(text, '/team/terms.yaml').termFile.token, first, 'kept again, as another reading');
    assert.equal(parseTermFile(largeTermFile(10), '/team/small.yaml').termFile.token, undefined, 'too small to be kept');
    const withProblem = largeTermFile(800, '条词', '  - expected: 坏词条\n    patterns: ["/(a+)+/"]\n');
    assert.equal(parseTermFile(withProblem, '/team/terms.yaml').termFile.token, undefined, 'a file with a problem is never kept');
  });
  assert.equal(parseTermFile(largeTermFile(800), '/team/terms.yaml').termFile.token, undefined, 'nothing is kept without a folder');
});

test('a kept reading gives everything a fresh one does: every field, people, ignore, disable, imports and lines', () => {
  const extra = [
    '  - expected: 新质生产力',
    '    pattern: 新型生产力',
    '    category: 经济',
    '    definition: 释义',
    '    source: [{ file: 报告.md, lines: [3, 4] }]',
    '    note: 说明',
    '    typo: false',
    '    prh: 提示',
    '    regexpMustEmpty: 之',
    '    options: { wordBoundary: true }',
    '    specs: [{ from: 新型生产力, to: 新质生产力 }]',
    'people:',
    '  - name: 张三丰',
    '    titles: [园区管委会主任]',
    'ignore: [条词]',
    'disable: [高质量发展]',
    'imports: [other.yml]',
  ].join('\n');
  const text = largeTermFile(800).replace(/\n$/, `\n${extra}\n`);
  const fresh = parseTermFile(text, '/team/terms.yaml');
  assert.deepEqual(fresh.problems, []);
  withReadingsKept((folder) => {
    parseTermFile(text, '/team/terms.yaml');
    assert.equal(readdirSync(folder).length, 1);
    const kept = parseTermFile(text, '/team/terms.yaml');
    const plain = ({ termFile, imports, problems }: typeof fresh) => ({
      entries: termFile.entries.map(({ origin, ...rest }) => ({ ...rest, file: origin.file, line: origin.line, keys: Object.keys(rest) })),
      people: termFile.people?.map(({ origin, ...rest }) => ({ ...rest, line: origin.line })),
      ignore: termFile.ignore,
      disable: termFile.disable,
      imports,
      problems,
    });
    assert.deepEqual(plain(kept), plain(fresh));
    assert.equal(kept.termFile.entries[800].origin.line, 1602);
    assert.equal(kept.termFile.people?.[0].origin.line, 1614);
  });
});

/**
 * Keeps the reading of `text` in `folder`, then overwrites `find` in it with `replace` (as long or
 * shorter). The reading is UTF-16 after the file's UTF-8 bytes, its entries' JSON inside a JSON string,
 * so their quotes are escaped. Returns the kept file's path.
 */
function editKeptReading(folder: string, text: string, find: string, replace: string): string {
  parseTermFile(text, '/team/terms.yaml');
  const file = join(folder, readdirSync(folder)[0]);
  const kept = readFileSync(file);
  const at = kept.indexOf(Buffer.from(find, 'utf16le'));
  assert.ok(at > Buffer.byteLength(text), 'the entry is in the reading, after the file');
  Buffer.from(replace, 'utf16le').copy(kept, at);
  writeFileSync(file, kept);
  return file;
}

test('the kept reading is what answers while the text is the same', () => {
  withReadingsKept((folder) => {
    const text = largeTermFile(800);
    // Change one entry in the reading, as only reading it back can show.
    const file = editKeptReading(folder, text, '\\"词条0号\\"', '\\"词条零号\\"');
    assert.equal(parseTermFile(text, '/team/terms.yaml').termFile.entries[0].expected, '词条零号');
    // Cut short: refused, and the text read again.
    writeFileSync(file, readFileSync(file).subarray(0, 40_000));
    assert.equal(parseTermFile(text, '/team/terms.yaml').termFile.entries[0].expected, '词条0号');
  });
});

test('an entry damaged in the kept reading is read from the file’s text instead, its line and all', () => {
  withReadingsKept((folder) => {
    const text = largeTermFile(800);
    // Entry 5's JSON made unreadable: its opening brace becomes a letter.
    editKeptReading(folder, text, '{\\"expected\\":\\"词条5号', 'x');
    const { termFile, problems } = parseTermFile(text, '/team/terms.yaml');
    assert.deepEqual(problems, []);
    assert.ok(termFile.entriesByNumber, 'still read back');
    assert.deepEqual([4, 5, 6].map((i) => [termFile.entriesByNumber!.at(i)?.expected, termFile.entriesByNumber!.at(i)?.origin.line]), [
      ['词条4号', 10],
      ['词条5号', 12],
      ['词条6号', 14],
    ]);
  });
});

test('a file with a problem is never kept: its problem is reported on every load', () => {
  withReadingsKept((folder) => {
    const text = largeTermFile(800, '条词', '  - expected: 坏词条\n    patterns: ["/(a+)+/"]\n');
    for (let run = 0; run < 2; run++) {
      const { problems, termFile } = parseTermFile(text, '/team/terms.yaml');
      assert.deepEqual(problems.map((p) => p.line), [1602]);
      assert.equal(termFile.entries.length, 801);
    }
    assert.deepEqual(readdirSync(folder), []);
  });
});

test('kept readings stop at the sixteen newest files: term files of workspaces gone do not pile up', () => {
  withReadingsKept((folder) => {
    const text = largeTermFile(800);
    for (let i = 0; i < 20; i++) parseTermFile(text, `/workspace-${i}/terms.yaml`);
    assert.equal(readdirSync(folder).length, 16);
  });
});

test('a folder that cannot be written keeps no reading: the file is read from its text every time, the same', () => {
  const text = largeTermFile(800);
  const fresh = parseTermFile(text, '/team/terms.yaml').termFile.entries.map((e) => [e.expected, e.patterns, e.origin.line]);
  withUnwritableFolder(keepReadingsIn, () => {
    for (let run = 0; run < 2; run++) {
      const { termFile, problems } = parseTermFile(text, '/team/terms.yaml');
      assert.deepEqual(problems, []);
      assert.deepEqual(termFile.entries.map((e) => [e.expected, e.patterns, e.origin.line]), fresh);
    }
  });
});
