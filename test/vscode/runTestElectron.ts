/**
 * `npm run test:vscode`: the same editor suite in VS Code desktop via @vscode/test-electron, which downloads
 * VS Code 1.100.3 (the version code-server 4.100.3 embeds) into .vscode-test/. Use it where VS Code can be
 * downloaded; offline, `npm run test:editor` runs the suite in code-server instead.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { compileSuite } from './compileSuite';

const ROOT = resolve(__dirname, '..', '..');

async function main(): Promise<void> {
  const workspace = mkdtempSync(join(tmpdir(), 'tifa-vscode-workspace-'));
  cpSync(resolve(__dirname, 'fixtures', 'workspace'), workspace, { recursive: true });
  try {
    await runTests({
      version: process.env.VSCODE_VERSION ?? '1.100.3',
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: compileSuite(),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error('编辑器测试失败：', error instanceof Error ? error.message : error);
  console.error('（@vscode/test-electron 需要下载 VS Code；离线时用 npm run test:editor 在 code-server 中运行同一套件）');
  process.exit(1);
});
