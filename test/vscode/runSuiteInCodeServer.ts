/**
 * Runs the editor suite inside code-server's extension host, the workbench opened by headless Chromium,
 * with this repository as the development extension. Resolves to the suite's exit code (0 = passed).
 * The workbench reports through two functions, as it does for @vscode/test-web: codeAutomationLog (the
 * extension host's console, i.e. mocha's reporter) and codeAutomationExit (once run() settles).
 */
import { cpSync, rmSync } from 'node:fs';
import { format } from 'node:util';
import { launchBrowser, startCodeServer } from './codeServer';

export interface SuiteRun {
  extensionPath: string;
  testsModule: string;
  fixtures: string;
  timeoutMs: number;
}

export async function runSuiteInCodeServer(run: SuiteRun): Promise<number> {
  const server = await startCodeServer({ prepareWorkspace: (folder) => cpSync(run.fixtures, folder, { recursive: true }) });
  const browser = await launchBrowser(server.dirs.browser);
  try {
    const page = browser.pages()[0] ?? (await browser.newPage());
    const exitCode = new Promise<number>((resolve) => {
      void page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
        (type === 'error' ? console.error : console.log)(format(...args));
      });
      void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code));
    });
    page.on('pageerror', (error) => console.error(`[workbench] ${error.message}`));
    const payload: [string, string][] = [
      ['extensionDevelopmentPath', server.remote(run.extensionPath)],
      ['extensionTestsPath', server.remote(run.testsModule)],
    ];
    await page.goto(server.url(payload));
    const timeout = new Promise<number>((resolve) =>
      setTimeout(() => {
        console.error(`编辑器测试 ${run.timeoutMs / 1000} 秒未结束（code-server 日志：${server.dirs.root}/code-server.log）`);
        resolve(2);
      }, run.timeoutMs).unref(),
    );
    return await Promise.race([exitCode, timeout]);
  } finally {
    await browser.close().catch(() => undefined);
    await server.stop();
    if (!process.env.KEEP) rmSync(server.dirs.root, { recursive: true, force: true });
  }
}
