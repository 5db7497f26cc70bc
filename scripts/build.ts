/**
 * `npm run build`: generates the schema validators (scripts/validators.ts), compiles the term base
 * (terminology/*.yaml → dist/terminology.json, refusing a base with problems), writes the word list and
 * the reading table term/typo consults (dist/words.bin, dist/readings.txt) and bundles the CLI, the
 * language server and the VS Code extension with esbuild.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { compiledTermsJson, compileTermSources, COMPILED_TERMS, TermBase } from '../server/src/core';
import { buildReadingTable, READING_TABLE } from '../server/src/core/match/pinyin';
import { jiebaDictionary, packWordList, WORD_LIST, WordList } from '../server/src/core/match/words';
import { bundleOptions } from './bundleOptions';
import { validatorsSource, VALIDATORS_FILE } from './validators';

const common = bundleOptions(process.argv.includes('--production'));

function compileTerms(): void {
  const { termFile, problems } = compileTermSources('terminology');
  problems.push(...TermBase.fromFiles([termFile]).problems);
  if (problems.length > 0) {
    for (const p of problems) console.error(`${p.file}:${p.line}: ${p.message}`);
    throw new Error(`术语库有 ${problems.length} 个问题，构建中止`);
  }
  mkdirSync('dist', { recursive: true });
  writeFileSync(`dist/${COMPILED_TERMS}`, compiledTermsJson(termFile));
  console.log(`术语库：${termFile.entries.length} 个词条 → dist/${COMPILED_TERMS}`);
}

/**
 * The data term/typo consults, made at build time so that no process pays for it: the ordinary-word list
 * from jieba's dictionary, and every Han character's readings from pinyin-pro (one line each after a header).
 */
function writeTypoData(): void {
  const words = WordList.build(jiebaDictionary());
  writeFileSync(`dist/${WORD_LIST}`, packWordList(words));
  console.log(`常用词表：${words.size} 个词 → dist/${WORD_LIST}`);
  const readings = buildReadingTable();
  writeFileSync(`dist/${READING_TABLE}`, readings);
  console.log(`读音表：${readings.split('\n').length - 1} 个汉字 → dist/${READING_TABLE}`);
}

/**
 * dist/<name>.js is a small launcher that runs dist/<name>.main.js through V8's code cache (see
 * server/src/cli/launcher.ts), for `tifa` and for the language server alike. `warm` runs the launcher once
 * to write the cache for this Node, so that the first run a user makes is as quick as the next.
 */
async function bundleWithLauncher(name: string, entryPoint: string, warm: string[]): Promise<void> {
  await Promise.all([
    build({ ...common, entryPoints: [entryPoint], outfile: `dist/${name}.main.js` }),
    build({ ...common, entryPoints: ['server/src/cli/launcher.ts'], outfile: `dist/${name}.js`, sourcemap: false, banner: { js: '#!/usr/bin/env node' } }),
  ]);
  const run = spawnSync(process.execPath, [`dist/${name}.js`, ...warm], { stdio: ['ignore', 'ignore', 'pipe'] });
  // Exit codes 1 (findings) and 2 (the server's usage) are expected. A warning, not a failure: a rule
  // that throws while someone works on it must not stop the build.
  if (run.status === null || run.status > 2) console.warn(`警告：预热 dist/${name}.js 未正常结束（退出码 ${run.status}）：\n${run.stderr}`);
}

async function main(): Promise<void> {
  writeFileSync(VALIDATORS_FILE, validatorsSource());
  compileTerms();
  writeTypoData();
  rmSync('dist/.cache', { recursive: true, force: true });
  await Promise.all([
    // A check of examples/ runs most of the CLI, so that the functions it compiles are in the cache too.
    bundleWithLauncher('cli', 'server/src/cli/index.ts', ['check', '--format', 'json', 'examples']),
    // Started without a transport, the server prints its usage and exits: the bundle's top level is what
    // the cache saves most of (cold start to first diagnostics ~450 → ~350 ms; a session's cache was no faster).
    bundleWithLauncher('server', 'server/src/lsp/index.ts', []),
    build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  ]);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
