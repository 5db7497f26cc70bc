import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { fromYAML } from 'prh';
import { parseTermFile, readTermFiles, type TermEntry } from '../../server/src/core';
import { runTermsExport } from '../../server/src/cli/terms';
import { tempFolder } from '../support/tempDir';

/** A prh dictionary using every field prh knows, including imports. */
const root = tempFolder({
  'prh.yml': [
    'version: 1',
    'imports:',
    '  - 子词典.yml',
    'rules:',
    '  - expected: JavaScript',
    '    pattern: /javascript/i',
    '    prh: 固有名词的规范写法',
    '    specs:',
    '      - from: I like javascript',
    '        to: I like JavaScript',
    '  - expected: 第$1条',
    '    patterns:',
    '      - /第 ([0-9]+) 条/',
    '    regexpMustEmpty: $1',
    '  - expected: cat',
    '    pattern: kitten',
    '    options:',
    '      wordBoundary: true',
  ].join('\n'),
  '子词典.yml': ['version: 1', 'rules:', '  - expected: 智慧园区', '    patterns: [智能园区, 智惠园区]', '    specs: [{ from: 建设智能园区, to: 建设智慧园区 }]'].join('\n'),
});

const PRH_FIELDS = ['patterns', 'specs', 'prh', 'regexpMustEmpty', 'options'] as const;

function prhFields(entry: TermEntry): Record<string, unknown> {
  return Object.fromEntries(PRH_FIELDS.filter((k) => entry[k] !== undefined).map((k) => [k, entry[k]]));
}

function exported(): string {
  let out = '';
  const code = runTermsExport([join(root, 'prh.yml')], { cwd: root, out: (t) => (out += t), err: (t) => assert.fail(t), readStdin: async () => '' });
  assert.equal(code, 0);
  return out;
}

test('a prh dictionary (with imports) loads and exports again without losing a prh field', () => {
  const { files, problems } = readTermFiles([join(root, 'prh.yml')]);
  assert.deepEqual(problems, []);
  const original = files.flatMap((f) => f.entries);
  assert.equal(original.length, 4);
  const again = new Map(parseTermFile(exported(), 'export.yml').termFile.entries.map((e) => [e.expected, e]));
  for (const entry of original) {
    const back = again.get(entry.expected);
    assert.ok(back, `导出结果缺少「${entry.expected}」`);
    assert.deepEqual(prhFields(back), prhFields(entry), entry.expected);
  }
});

test('prh itself loads the export (running every spec) and fixes with it, built-in entries included', () => {
  const engine = fromYAML(join(root, 'export.yml'), exported());
  assert.equal(engine.replaceByRule('草稿.md', '在做强制制造业上下功夫'), '在做强制造业上下功夫');
  assert.equal(engine.replaceByRule('草稿.md', '建设智惠园区'), '建设智慧园区');
});
