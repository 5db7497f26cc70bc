/**
 * Compiles the editor suite (test/vscode/suite/*.ts) to JavaScript the extension host can load:
 * test-output/vscode-suite/index.js plus one *.spec.js per spec. `vscode` and `mocha` stay external
 * (mocha is resolved from the project's node_modules, which is why the output stays inside the repo).
 */
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { globSync } from 'tinyglobby';

export const SUITE_OUT = resolve('test-output', 'vscode-suite');

/** Returns the suite module path without `.js`, the value test-electron calls extensionTestsPath. */
export function compileSuite(): string {
  rmSync(SUITE_OUT, { recursive: true, force: true });
  buildSync({
    entryPoints: globSync(['test/vscode/suite/index.ts', 'test/vscode/suite/*.spec.ts']),
    outdir: SUITE_OUT,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return join(SUITE_OUT, 'index');
}
