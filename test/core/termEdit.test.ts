import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseTermFile } from '../../server/src/core';
import { addIgnoredWord, addTermEntry } from '../../server/src/core/terminology/edit';

function load(text: string) {
  const parsed = parseTermFile(text, 'terms.yaml');
  assert.deepEqual(parsed.problems, []);
  return parsed.termFile;
}

test('an empty file becomes a valid term file with the word ignored', () => {
  const { text, changed } = addIgnoredWord('', '某某词', 'terms.yaml');
  assert.equal(changed, true);
  assert.match(text, /^# /, 'starts with an explaining comment');
  assert.deepEqual(load(text).ignore, ['某某词']);
});

test('an empty file becomes a valid term file with the new entry', () => {
  const { text } = addTermEntry('', '新词条', 'terms.yaml');
  assert.deepEqual(
    load(text).entries.map((e) => e.expected),
    ['新词条'],
  );
});

test('comments, order and existing entries survive an edit', () => {
  const original = '# 团队术语\nversion: 1\nrules:\n  # 重要\n  - expected: 甲乙丙 # 行尾注释\n    patterns: [甲丙乙]\nignore:\n  - 丁戊\n';
  const ignored = addIgnoredWord(original, '己庚', 'terms.yaml').text;
  assert.match(ignored, /# 团队术语/);
  assert.match(ignored, /# 重要/);
  assert.match(ignored, /# 行尾注释/);
  assert.deepEqual(load(ignored).ignore, ['丁戊', '己庚']);
  const added = addTermEntry(ignored, '辛壬', 'terms.yaml').text;
  assert.match(added, /# 行尾注释/);
  const file = load(added);
  assert.deepEqual(
    file.entries.map((e) => [e.expected, e.patterns]),
    [
      ['甲乙丙', ['甲丙乙']],
      ['辛壬', []],
    ],
  );
  assert.deepEqual(file.ignore, ['丁戊', '己庚']);
});

test('adding what is already there changes nothing', () => {
  const original = 'rules:\n  - expected: 甲乙\nignore: [丙丁]\n';
  assert.deepEqual(addIgnoredWord(original, '丙丁', 'terms.yaml'), { text: original, changed: false });
  assert.deepEqual(addTermEntry(original, '甲乙', 'terms.yaml'), { text: original, changed: false });
});

test('CRLF line endings and a BOM are kept', () => {
  const original = '\uFEFF# 注释\r\nignore:\r\n  - 甲乙\r\n';
  const { text } = addIgnoredWord(original, '丙丁', 'terms.yaml');
  assert.ok(text.startsWith('\uFEFF# 注释\r\n'));
  assert.ok(!/[^\r]\n/.test(text), 'every line break is CRLF');
  assert.deepEqual(load(text).ignore, ['甲乙', '丙丁']);
});

test('a broken file is refused with file and line, never rewritten', () => {
  assert.throws(() => addIgnoredWord('rules:\n  - expected: [\n', '甲', 'ws/.tifa/terms.yaml'), /ws\/\.tifa\/terms\.yaml:\d+: .*YAML/);
  assert.throws(() => addTermEntry('- 甲\n- 乙\n', '丙', 'terms.yaml'), /terms\.yaml:1: .*顶层/);
});
