/**
 * The esbuild options of Tifa's bundles, shared by `npm run build` (scripts/build.ts) and `npm run bench`
 * (scripts/bench.ts), so that the benchmark measures the engine bundled as it ships.
 */
import { readFileSync } from 'node:fs';
import type { BuildOptions, Plugin } from 'esbuild';
import pkg from '../package.json';

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
        if (!patch.find.test(source)) throw new Error(`${args.path} 已变化，找不到要删去的启动代码：请更新 scripts/bundleOptions.ts 的 startupPatches`);
        return { contents: source.replace(patch.find, patch.replace), loader: 'js' };
      });
    }
  },
};

/** How every bundle is built: the CLI, the language server, the extension, and the benchmark's runner. */
export function bundleOptions(production: boolean): BuildOptions {
  return {
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
}
