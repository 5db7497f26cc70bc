/**
 * The UI test: what a writer sees. The packaged .vsix is installed into a fresh code-server (as a user would),
 * a Chinese draft is opened through the workbench, and the test checks the squiggle, the Problems entry, the
 * status-bar count and the hover, applies the quick fix with Ctrl+., saves, and reads the file on disk.
 * Screenshots go to test-output/editor/ (git-ignored) so a person can look at them.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { installVsix, launchBrowser, startCodeServer } from './codeServer';

const WRONG = '做强制制造业';
const RIGHT = '做强制造业';
const DRAFT = '草稿.md';
export const SCREENSHOTS = resolve('test-output', 'editor');

/** Builds the .vsix with `npm run package` unless TIFA_VSIX names one. */
function packagedVsix(root: string): string {
  if (process.env.TIFA_VSIX) return resolve(process.env.TIFA_VSIX);
  execFileSync('npm', ['run', '--silent', 'package'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  return join(root, 'tifa.vsix');
}

async function step<T>(name: string, action: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const result = await action();
  console.log(`  ✔ ${name}（${((Date.now() - started) / 1000).toFixed(1)} 秒）`);
  return result;
}

async function openDraft(page: Page): Promise<void> {
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type(DRAFT);
  await page.locator(`.quick-input-list .monaco-list-row[aria-label*="${DRAFT}"]`).first().waitFor();
  await page.keyboard.press('Enter');
  await page.waitForSelector('.monaco-editor .view-lines');
}

export async function runUiTest(root: string): Promise<number> {
  const vsix = packagedVsix(root);
  rmSync(SCREENSHOTS, { recursive: true, force: true });
  mkdirSync(SCREENSHOTS, { recursive: true });
  const server = await startCodeServer({
    prepareWorkspace: (folder) => cpSync(join(root, 'test', 'vscode', 'fixtures', 'workspace', DRAFT), join(folder, DRAFT)),
    prepareExtensions: (dirs) => installVsix(vsix, dirs.extensions, dirs.userData),
  });
  const browser = await launchBrowser(server.dirs.browser);
  const page = browser.pages()[0] ?? (await browser.newPage());
  try {
    await page.goto(server.url());
    await step('打开中文草稿', () => openDraft(page));

    const squiggle = page.locator('.monaco-editor .squiggly-error').first();
    await step('看到波浪线', () => squiggle.waitFor({ timeout: 60_000 }));

    await step('「问题」面板列出该问题', async () => {
      await page.keyboard.press('Control+Shift+M');
      await page.locator('.markers-panel .monaco-list-row', { hasText: RIGHT }).first().waitFor({ timeout: 30_000 });
      console.log(`    问题面板：${JSON.stringify(await page.locator('.markers-panel').innerText())}`);
    });

    await step('状态栏显示问题数', async () => {
      const item = page.locator('.statusbar-item', { hasText: /(提法|Tifa) 1/ });
      await item.waitFor({ timeout: 30_000 });
      console.log(`    状态栏：${JSON.stringify(await item.innerText())}`);
    });

    const box = (await squiggle.boundingBox())!;
    const center = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await step('悬停显示规范写法', async () => {
      await page.mouse.move(center.x, center.y);
      const hover = page.locator('.monaco-hover', { hasText: RIGHT }).first();
      await hover.waitFor({ timeout: 30_000 });
      console.log(`    悬停：${JSON.stringify(await hover.innerText())}`);
      await page.screenshot({ path: join(SCREENSHOTS, '1-问题与悬停.png') });
    });

    await step('Ctrl+. 应用快速修复', async () => {
      await page.mouse.click(center.x, center.y);
      await page.keyboard.press('Control+.');
      await page.locator('.action-widget .monaco-list-row', { hasText: RIGHT }).first().waitFor({ timeout: 30_000 });
      console.log(`    快速修复菜单：${JSON.stringify(await page.locator('.action-widget').first().innerText())}`);
      await page.screenshot({ path: join(SCREENSHOTS, '2-快速修复菜单.png') });
      // Clicks are intercepted by .context-view-pointerBlock: move the focus to the fix and press Enter.
      for (let i = 0; i < 10 && !(await page.locator('.action-widget .monaco-list-row.focused', { hasText: RIGHT }).count()); i++) {
        await page.keyboard.press('ArrowDown');
      }
      await page.keyboard.press('Enter');
      await page.locator('.monaco-editor .squiggly-error').waitFor({ state: 'detached', timeout: 30_000 });
    });

    await step('命令面板中的命令标题随界面语言（此处英文）', async () => {
      await page.keyboard.press('F1');
      await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
      await page.keyboard.type('Tifa: ');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Tifa: Fix All Problems' }).first().waitFor({ timeout: 30_000 });
      console.log(`    命令面板：${JSON.stringify(await page.locator('.quick-input-list').innerText())}`);
      await page.keyboard.press('Escape');
    });

    await step('保存后磁盘上的文件已改正', async () => {
      await page.keyboard.press('Control+S');
      const file = join(server.dirs.workspace, DRAFT);
      for (let i = 0; i < 50 && readFileSync(file, 'utf8').includes(WRONG); i++) await page.waitForTimeout(100);
      const text = readFileSync(file, 'utf8');
      if (text.includes(WRONG) || !text.includes(`在${RIGHT}上持续用力`)) throw new Error(`磁盘上的文件未改正：${text}`);
      await page.screenshot({ path: join(SCREENSHOTS, '3-修复并保存后.png') });
    });
    console.log(`  截图：${SCREENSHOTS}`);
    return 0;
  } catch (error) {
    console.error('  ✖ 界面测试失败：', error);
    await page.screenshot({ path: join(SCREENSHOTS, '失败.png') }).catch(() => undefined);
    console.error(`  失败时的截图：${join(SCREENSHOTS, '失败.png')}；code-server 日志：${join(server.dirs.root, 'code-server.log')}`);
    return 1;
  } finally {
    await browser.close().catch(() => undefined);
    await server.stop();
    if (!process.env.KEEP) rmSync(server.dirs.root, { recursive: true, force: true });
  }
}
