/**
 * `npm run test:editor`: the editor tests in a real VS Code (code-server 1.100.3), offline.
 *   1. the mocha suite (test/vscode/suite) in code-server's extension host, this repo as development extension;
 *   2. the UI test (ui.ts): the packaged .vsix installed into code-server, driven through the workbench.
 * Needs the tools from test/vscode/install.sh and a built dist/ (npm run build). Exit code 0 = all passed.
 * Environment: TIFA_EDITOR_TESTS=suite|ui to run only one part; KEEP=1 keeps the temporary folders.
 */
import { resolve } from 'node:path';
import { compileSuite } from './compileSuite';
import { runSuiteInCodeServer } from './runSuiteInCodeServer';
import { runUiTest } from './ui';
import { missingEditorTools } from './tools';

const ROOT = resolve(__dirname, '..', '..');

async function timed(name: string, part: () => Promise<number>): Promise<number> {
  const started = Date.now();
  const code = await part();
  console.log(`${code === 0 ? '✔' : '✖'} ${name}：${code === 0 ? '通过' : `失败（退出码 ${code}）`}，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒`);
  return code;
}

async function main(): Promise<number> {
  const missing = missingEditorTools();
  if (missing) {
    console.error(`无法运行编辑器测试：${missing}`);
    return 1;
  }
  const only = process.env.TIFA_EDITOR_TESTS;
  let failed = 0;
  if (!only || only === 'suite') {
    failed ||= await timed('编辑器测试套件（code-server 扩展宿主）', () =>
      runSuiteInCodeServer({ extensionPath: ROOT, testsModule: compileSuite(), fixtures: resolve(__dirname, 'fixtures', 'workspace'), timeoutMs: 180_000 }),
    );
  }
  if (!only || only === 'ui') {
    failed ||= await timed('界面测试（安装 .vsix 后操作工作台）', () => runUiTest(ROOT));
  }
  return failed;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(4);
  },
);
