/**
 * What the .vsix holds, as `vsce ls` reports it from .vscodeignore: only what runs — the bundles (the
 * server as a launcher and its bundle), the compiled term base and word list, the rule pages the
 * diagnostics link to, snippets, manifest translations, README, LICENSE and icon. No sources, source maps or node_modules. Needs a built dist/ (npm test builds).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { globSync } from 'tinyglobby';
import { allRules, ruleDocPath } from '../../server/src/core';

test('every rule has the doc page its diagnostics link to', () => {
  const missing = allRules.map((rule) => ruleDocPath(rule.id)).filter((page) => !existsSync(page));
  assert.deepEqual(missing, [], `缺少规则说明页（诊断中的链接会失效）：${missing.join('、')}`);
});

test('the .vsix contains exactly the files that run', () => {
  assert.ok(existsSync('dist/server.js') && existsSync('dist/extension.js'), '先运行 npm run build');
  const listed = execFileSync(process.execPath, ['node_modules/@vscode/vsce/vsce', 'ls', '--no-dependencies'], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .sort();
  const expected = [
    'package.json', 'package.nls.json', 'package.nls.zh-cn.json', 'package.nls.en.json', 'README.md', 'LICENSE', 'images/icon.png',
    'dist/extension.js', 'dist/server.js', 'dist/server.main.js', 'dist/terminology.json', 'dist/words.bin', 'dist/readings.txt',
    'snippets/documents.json', 'snippets/pieces.json',
    ...globSync('docs/rules/*.md'),
  ].sort();
  assert.deepEqual(listed, expected);
});
