/**
 * Where the editor-test tools live and whether they are installed: code-server (a real VS Code 1.100.3,
 * installed by test/vscode/install.sh into a cache dir outside the repo) and a Chromium to open its workbench.
 */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const CODE_SERVER_VERSION = '4.100.3';

export function codeServerDir(): string {
  return process.env.TIFA_CODE_SERVER_DIR ?? join(homedir(), '.cache', 'tifa-real-vscode');
}

/** code-server's Node entry point. */
export function codeServerEntry(): string {
  return join(codeServerDir(), 'cs', 'out', 'node', 'entry.js');
}

export function chromiumPath(): string {
  return process.env.CHROMIUM ?? '/usr/bin/chromium';
}

/** Why the editor tests cannot run here, or undefined when they can. */
export function missingEditorTools(): string | undefined {
  if (!existsSync(join(codeServerDir(), 'cs', `.installed-${CODE_SERVER_VERSION}`))) {
    return `未安装 code-server ${CODE_SERVER_VERSION}（${codeServerDir()}）；运行 test/vscode/install.sh 安装`;
  }
  if (!existsSync(chromiumPath())) return `找不到 Chromium（${chromiumPath()}）；运行 test/vscode/install.sh 安装`;
  return undefined;
}
