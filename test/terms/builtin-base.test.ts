import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileTermSources, TermBase, type TermEntry } from '../../server/src/core';
import { REPO, sharedFolder } from '../support/terms';

const { termFile, problems } = compileTermSources(join(REPO, 'terminology'));
const base = TermBase.fromFiles([termFile]);
const shared = sharedFolder();

test('the built-in base loads without a problem: schema, safety checks and every spec', () => {
  assert.deepEqual([...problems, ...base.problems].map((p) => `${p.file}:${p.line} ${p.message}`), []);
});

test('the built-in base has at least 150 entries, each expected form defined once across all files', () => {
  assert.ok(termFile.entries.length >= 150, `只有 ${termFile.entries.length} 个词条`);
  const seen = new Map<string, string>();
  for (const entry of termFile.entries) {
    assert.ok(!seen.has(entry.expected), `「${entry.expected}」在 ${seen.get(entry.expected)} 和 ${entry.origin.file} 重复定义`);
    seen.set(entry.expected, entry.origin.file);
  }
});

test('every entry has a category, a 简体中文 definition and at least one source', () => {
  for (const entry of termFile.entries) {
    assert.ok(entry.category, `「${entry.expected}」缺少 category`);
    assert.match(entry.definition ?? '', /[\u4e00-\u9fff]/, `「${entry.expected}」缺少中文释义`);
    assert.ok((entry.source ?? []).length > 0, `「${entry.expected}」缺少 source`);
  }
});

test('every entry with wrong forms carries specs that exercise them', () => {
  for (const entry of termFile.entries.filter((e) => e.patterns.length > 0)) {
    assert.ok(entry.specs.length > 0, `「${entry.expected}」有错误写法但没有 specs`);
  }
});

test('做强制造业 keeps its wrong form 做强制制造业 and the spec from the corpus heading', () => {
  const entry = base.lookup('做强制造业');
  assert.ok(entry);
  assert.deepEqual(entry.patterns, ['做强制制造业']);
  assert.ok(entry.specs.some((s) => s.from.includes('做强制制造业') && s.to.includes('做强制造业')));
});

test('numbered formulations say what they stand for', () => {
  const stands = (expected: string, parts: string[]) => {
    const definition = base.lookup(expected)?.definition ?? '';
    for (const part of parts) assert.ok(definition.includes(part), `「${expected}」的释义没有「${part}」：${definition}`);
  };
  stands('33618', ['3大万亿级主导产业集群', '3大五千亿级支柱产业集群', '6大千亿级特色优势产业集群', '18个“新星”产业集群']);
  stands('四链融合', ['创新链', '产业链', '资金链', '人才链']);
  stands('五大发展理念', ['创新', '协调', '绿色', '开放', '共享']);
  stands('3大万亿级主导产业集群', ['智能网联新能源汽车', '新一代电子信息制造业', '先进材料']);
});

test('people: each has titles and a source', () => {
  assert.ok(base.people.size >= 10);
  const yuan = base.people.get('袁家军');
  assert.deepEqual(yuan?.titles, ['市委书记']);
  for (const person of base.people.values()) {
    assert.ok(person.titles.length > 0 && (person.source ?? []).length > 0, person.name);
  }
});

/** The line, whitespace removed (the corpus has PDF line-break spaces: 埋头苦 干). */
function corpusLine(file: string, line: number): string | undefined {
  const text = readFileSync(join(shared.path, 'corpus', file), 'utf8').split('\n')[line - 1];
  return text?.replace(/\s+/g, '');
}

/** The written forms that count as the term being on a line: the expected form or a listed wrong form. */
function forms(entry: TermEntry): string[] {
  return [entry.expected, ...entry.patterns.filter((p) => !p.startsWith('/'))].map((f) => f.replace(/\s+/g, ''));
}

test('every source names a corpus file and lines that really hold the term', { skip: shared.skip }, () => {
  for (const entry of termFile.entries) {
    for (const ref of entry.source ?? []) {
      for (const line of ref.lines) {
        const text = corpusLine(ref.file, line);
        assert.ok(text !== undefined, `「${entry.expected}」：${ref.file}:${line} 不存在`);
        assert.ok(forms(entry).some((f) => text.includes(f)), `「${entry.expected}」不在 ${ref.file}:${line}`);
      }
    }
  }
});

test('every person source line pairs the name with one of the titles (or its listed wrong form)', { skip: shared.skip }, () => {
  for (const person of base.people.values()) {
    for (const ref of person.source ?? []) {
      for (const line of ref.lines) {
        const text = corpusLine(ref.file, line) ?? '';
        const written = person.titles.flatMap((t) => [t, ...(base.lookup(t)?.patterns ?? [])]);
        assert.ok(written.some((t) => text.includes(t + person.name)), `${person.name}：${ref.file}:${line}`);
      }
    }
  }
});

test('the compiled base (dist/terminology.json, as bundles load it) is the sources’ entries and people, each with its file and line', () => {
  const compiled = JSON.parse(readFileSync(join(REPO, 'dist', 'terminology.json'), 'utf8')) as typeof termFile;
  const plain = (file: typeof termFile) => ({
    entries: file.entries.map(({ origin, ...entry }) => ({ ...entry, origin: { file: origin.file, line: origin.line } })),
    people: file.people?.map(({ origin, ...person }) => ({ ...person, origin: { file: origin.file, line: origin.line } })),
    ignore: file.ignore,
    disable: file.disable,
  });
  assert.deepEqual(plain(compiled), plain(termFile));
  assert.ok(compiled.entries.every((e) => Number.isInteger(e.origin.line) && e.origin.line > 0));
  assert.deepEqual(Object.keys(compiled.entries[0].origin), ['file', 'line'], 'an origin is its file and line, nothing more');
});
