/**
 * Entry point of `tifa` (dist/cli.js) and of the language server (dist/server.js): built as
 * dist/<name>.js it runs the bundle dist/<name>.main.js through V8's code cache. Compiling a 2 MB bundle,
 * and then each function as it is first called, cost every run ~50 ms (the CLI) to ~100 ms (the server's
 * cold start); with the cache V8 loads the compiled code instead. Node 20 has no built-in compile cache
 * (22 does), hence this. The cache is written after a run that had none (`npm run build` makes one; an
 * installed extension makes its own on first start, as the .vsix ships no cache), beside the bundle:
 * code loaded from there is trusted as much as the bundle itself, which a shared temp folder would not be.
 * Whenever V8 refuses the cache (another Node version, other flags), the bundle is compiled as usual.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Script } from 'node:vm';

const name = `${basename(__filename, '.js')}.main`;
const bundle = join(__dirname, `${name}.js`);
const { size, mtimeMs } = statSync(bundle);
// V8 checks a cache against the length of the source only: the name says which build it belongs to.
const cacheFile = join(__dirname, '.cache', `${name}-${process.versions.v8}-${size}-${Math.trunc(mtimeMs)}.bin`);

let cachedData: Buffer | undefined;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  // No cache yet: this run writes one.
}

// The CommonJS wrapper on the bundle's first line, so that line numbers in stack traces stay right.
const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(bundle, 'utf8')}\n})`;
const script = new Script(source, { filename: bundle, cachedData });
if (cachedData === undefined || script.cachedDataRejected) process.once('exit', writeCache);
script.runInThisContext()(exports, require, module, bundle, __dirname);

/** After the run, so that the functions it compiled are in the cache too. Best effort: dist/ may be read-only. */
function writeCache(): void {
  const temp = `${cacheFile}.${process.pid}`;
  try {
    mkdirSync(join(__dirname, '.cache'), { recursive: true });
    writeFileSync(temp, script.createCachedData());
    renameSync(temp, cacheFile);
  } catch {
    // Without a cache the next run compiles the bundle, as Node would.
    rmSync(temp, { force: true });
  }
}
