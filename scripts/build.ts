/**
 * `npm run build`: generates the schema validators (scripts/validators.ts), compiles the term base
 * (terminology/*.yaml → dist/terminology.json, refusing a base with problems), writes the word list
 * term/typo consults (dist/words.txt) and bundles the CLI, the language server and the VS Code extension
 * with esbuild.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { compileTermSources, COMPILED_TERMS, TermBase } from '../server/src/core';
import { buildWordList, jiebaDictionary, WORD_LIST } from '../server/src/core/match/words';
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
  writeFileSync(`dist/${COMPILED_TERMS}`, JSON.stringify(termFile));
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

/** The ordinary-word list term/typo consults, taken from jieba's dictionary. */
function writeWordList(): void {
  const list = buildWordList(jiebaDictionary());
  writeFileSync(`dist/${WORD_LIST}`, list);
  console.log(`常用词表：${list.split('\n').length} 个词 → dist/${WORD_LIST}`);
}

/**
 * dist/cli.js is a small launcher that runs dist/cli.main.js through V8's code cache (see
 * server/src/cli/launcher.ts). One check of examples/ writes the cache for this Node, so that the first
 * run a user makes is as quick as the next; its findings are not the point (exit code 1 is expected).
 */
async function buildCli(): Promise<void> {
  rmSync('dist/.cache', { recursive: true, force: true });
  await Promise.all([
    build({ ...common, entryPoints: ['server/src/cli/index.ts'], outfile: 'dist/cli.main.js' }),
    build({ ...common, entryPoints: ['server/src/cli/launcher.ts'], outfile: 'dist/cli.js', sourcemap: false, banner: { js: '#!/usr/bin/env node' } }),
  ]);
  const warm = spawnSync(process.execPath, ['dist/cli.js', 'check', '--format', 'json', 'examples'], { stdio: ['ignore', 'ignore', 'pipe'] });
  // A warning, not a failure: a rule that throws while someone works on it must not stop the build.
  if (warm.status !== 0 && warm.status !== 1) console.warn(`警告：dist/cli.js 检查 examples/ 未正常结束（退出码 ${warm.status}）：\n${warm.stderr}`);
}

async function main(): Promise<void> {
  writeFileSync(VALIDATORS_FILE, validatorsSource());
  compileTerms();
  writeWordList();
  await Promise.all([
    buildCli(),
    build({ ...common, entryPoints: ['server/src/lsp/index.ts'], outfile: 'dist/server.js' }),
    build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  ]);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
