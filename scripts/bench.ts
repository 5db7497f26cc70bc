/**
 * `npm run bench`: bundles the benchmark (bench/run.ts) as `npm run build` bundles the CLI and the
 * language server, then runs it with the arguments given (see bench/run.ts). The engine is then measured
 * as it ships: run through tsx instead, each module compiled on its own with kept names, the same 1 MB
 * lint was about a tenth slower (see BENCHMARKS.md). Beside the other bundles in dist/, the benchmark
 * reads the same built term base, word list and reading table they do.
 */
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { bundleOptions } from './bundleOptions';

const BENCH_BUNDLE = 'dist/bench.js';

build({ ...bundleOptions(false), entryPoints: ['bench/run.ts'], outfile: BENCH_BUNDLE }).then(
  () => process.exit(spawnSync(process.execPath, [BENCH_BUNDLE, ...process.argv.slice(2)], { stdio: 'inherit' }).status ?? 1),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
