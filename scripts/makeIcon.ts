/**
 * Draws the extension icon (images/icon.png, 128×128) once: the character 提 in white on 公文 red, rendered by
 * the Chromium the editor tests use (with fonts-noto-cjk). Run `node --import tsx scripts/makeIcon.ts` after
 * test/vscode/install.sh; the PNG is committed, so packaging never needs a browser.
 */
import { chromium } from 'playwright-core';
import { chromiumPath } from '../test/vscode/tools';

const HTML = `<!doctype html><html><body style="margin:0;background:transparent">
<div style="width:128px;height:128px;border-radius:24px;background:#c8102e;display:flex;align-items:center;justify-content:center;
  font-family:'Noto Serif CJK SC','Noto Sans CJK SC',serif;font-weight:900;font-size:92px;color:#fff;line-height:1">提</div>
</body></html>`;

async function main(): Promise<void> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
  await page.setContent(HTML);
  await page.screenshot({ path: 'images/icon.png', omitBackground: true });
  await browser.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
