/**
 * The extension manifest and its localization: every %key% resolves in 简体中文 and English, the contributed
 * commands are the ones the client registers, every runtime string has its English translation, and the
 * activation and engine range fit the contract (Markdown + plain text, VS Code 1.100).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Command } from '../../client/src/names';

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

interface Manifest {
  engines: { vscode: string };
  main: string;
  activationEvents: string[];
  contributes: { commands: { command: string; title: string; category: string }[]; configuration: { properties: Record<string, unknown> } };
}

const manifestText = readFileSync('package.json', 'utf8');
const manifest = JSON.parse(manifestText) as Manifest;
const bundles = {
  default: readJson<Record<string, string>>('package.nls.json'),
  'zh-cn': readJson<Record<string, string>>('package.nls.zh-cn.json'),
  en: readJson<Record<string, string>>('package.nls.en.json'),
};
const HAN = /\p{Script=Han}/u;

test('every %key% in package.json is defined in every package.nls*.json, and no key is unused', () => {
  const used = new Set([...manifestText.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]));
  assert.ok(used.size > 0);
  for (const [locale, bundle] of Object.entries(bundles)) {
    assert.deepEqual(Object.keys(bundle).sort(), [...used].sort(), `package.nls（${locale}）的键与 package.json 一致`);
  }
});

test('contributions are 简体中文 by default and for zh-cn, English for en', () => {
  assert.deepEqual(bundles['zh-cn'], bundles.default);
  for (const [key, value] of Object.entries(bundles.default)) assert.match(value, HAN, `${key} 是中文`);
  for (const [key, value] of Object.entries(bundles.en)) assert.doesNotMatch(value, HAN, `${key} 的英文译文不含汉字`);
});

test('the five commands of issue #3 carry the Chinese titles', () => {
  const titles = Object.fromEntries(manifest.contributes.commands.map((c) => [c.command, bundles.default[c.title.slice(1, -1)]]));
  assert.deepEqual(titles, {
    [Command.fixAll]: '修复所有问题',
    [Command.recheck]: '重新检查',
    [Command.browseTerms]: '浏览术语表',
    [Command.openWorkspaceTerms]: '打开工作区术语文件',
    [Command.restartServer]: '重启 Tifa 服务',
  });
});

test('settings of the server contract are contributed with a description', () => {
  const properties = manifest.contributes.configuration.properties as Record<string, { markdownDescription?: string }>;
  assert.deepEqual(Object.keys(properties).sort(), ['tifa.enable', 'tifa.rules', 'tifa.run', 'tifa.terminology.files', 'tifa.trace.server']);
  for (const [name, schema] of Object.entries(properties)) assert.match(schema.markdownDescription ?? '', /^%.+%$/, `${name} 有本地化说明`);
});

test('activates on Markdown and plain text, runs in VS Code 1.100', () => {
  assert.deepEqual(manifest.activationEvents.sort(), ['onLanguage:markdown', 'onLanguage:plaintext']);
  assert.equal(manifest.main, './dist/extension.js');
  const [, major, minor] = /^\^(\d+)\.(\d+)\.\d+$/.exec(manifest.engines.vscode) ?? [];
  assert.ok(Number(major) === 1 && Number(minor) <= 100, `engines.vscode ${manifest.engines.vscode} 允许 1.100`);
});

test('every runtime string t(…) of the client has an English translation, and none is stale', () => {
  const english = readJson<Record<string, string>>('l10n/bundle.l10n.en.json');
  const sources = readdirSync('client/src').filter((f) => f.endsWith('.ts')).map((f) => readFileSync(join('client/src', f), 'utf8'));
  const used = new Set(sources.flatMap((source) => [...source.matchAll(/\bt\('([^']+)'/g)].map((m) => m[1])));
  assert.ok(used.size > 0);
  assert.deepEqual(Object.keys(english).sort(), [...used].sort());
  for (const [zh, en] of Object.entries(english)) {
    assert.doesNotMatch(en, HAN, `「${zh}」的英文译文不含汉字`);
    assert.deepEqual(en.match(/\{\d+\}/g)?.sort() ?? [], zh.match(/\{\d+\}/g)?.sort() ?? [], `「${zh}」的占位符一致`);
  }
});
