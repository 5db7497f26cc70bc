/**
 * `npm test`: the whole suite. Builds (the CLI and LSP tests run the real bundles), type-checks, runs
 * every test/**\/*.test.ts with node's test runner, then the editor tests in a real VS Code when their
 * tools are installed (see test/vscode/). Set TIFA_REQUIRE_EDITOR_TESTS=1 (CI does) to make a skip fail.
 */
import { spawnSync } from 'node:child_process';
import { globSync } from 'tinyglobby';
import { missingEditorTools } from '../test/vscode/tools';

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

// Editor tests in a real VS Code (test/vscode/): run when their tools are installed, say so when skipped.
const missingTools = missingEditorTools();
if (only.length > 0) {
  console.log('\n⚠ 已跳过编辑器测试：只运行了指定的测试文件');
} else if (missingTools === undefined) {
  step('编辑器测试（真实 VS Code：code-server 1.100.3 + Chromium）', 'node', ['--import', 'tsx', 'test/vscode/runEditorTests.ts']);
} else if (process.env.TIFA_REQUIRE_EDITOR_TESTS === '1') {
  console.error(`\n✖ 编辑器测试无法运行：${missingTools}（TIFA_REQUIRE_EDITOR_TESTS=1 时不允许跳过）`);
  process.exit(1);
} else {
  console.log(`\n⚠ 已跳过编辑器测试：${missingTools}`);
}
