/**
 * `npm run build`: generates the schema validators (scripts/validators.ts), compiles the term base
 * (terminology/*.yaml → dist/terminology.json, refusing a base with problems), writes the word list and
 * the reading table term/typo consults (dist/words.bin, dist/readings.txt) and bundles the CLI, the
 * language server and the VS Code extension with esbuild.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { compiledTermsJson, compileTermSources, COMPILED_TERMS, TermBase } from '../server/src/core';
import { buildReadingTable, READING_TABLE } from '../server/src/core/match/pinyin';
import { jiebaDictionary, packWordList, WORD_LIST, WordList } from '../server/src/core/match/words';
import pkg from '../package.json';
import { validatorsSource, VALIDATORS_FILE } from './validators';

const production = process.argv.includes('--production');

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
 * Start-up work of dependencies that our bundles never use, cut out as they are bundled. Each patch must
 * find its text: a changed dependency fails the build rather than quietly bringing the cost back.
 */
const startupPatches: { file: RegExp; find: RegExp; replace: string }[] = [
  // fdir (tinyglobby's directory walker) looks for an optional picomatch beside the bundle, for a glob
  // API tinyglobby does not use: from dist/ it found node_modules/picomatch, ~8 ms a run to load it.
  {
    file: /[\\/]fdir[\\/]dist[\\/]index\.mjs$/,
    find: /try \{\s*__require\.resolve\("picomatch"\);\s*pm = __require\("picomatch"\);\s*\} catch \{\}/,
    replace: '',
  },
  // commander loads node:child_process (~5 ms) for executable subcommands, which tifa does not have:
  // loaded when first spawned instead.
  {
    file: /[\\/]commander[\\/]lib[\\/]command\.js$/,
    find: /const childProcess = require\('node:child_process'\);/,
    replace: "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };",
  },
];

const withoutUnusedStartup: Plugin = {
  name: 'without-unused-startup',
  setup(esbuild) {
    for (const patch of startupPatches) {
      esbuild.onLoad({ filter: patch.file }, (args) => {
        const source = readFileSync(args.path, 'utf8');
        if (!patch.find.test(source)) throw new Error(`${args.path} 已变化，找不到要删去的启动代码：请更新 scripts/build.ts 的 startupPatches`);
        return { contents: source.replace(patch.find, patch.replace), loader: 'js' };
      });
    }
  },
};

const common: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  plugins: [withoutUnusedStartup],
  // Some ESM dependencies read import.meta.url, which a CommonJS bundle must provide itself.
  define: { 'process.env.TIFA_VERSION': JSON.stringify(pkg.version), 'import.meta.url': 'importMetaUrl' },
  banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

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
