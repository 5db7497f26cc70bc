/**
 * Starts a real VS Code (code-server) on a loopback port with its own user data, extensions and settings,
 * and opens its workbench in headless Chromium. Adapted from ../shared/tools/real-vscode/. code-server runs
 * in its own process group so that stopping it also ends its extension host, file watcher and the language
 * servers it started (they outlive it for a few seconds otherwise).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { chromiumPath, codeServerEntry } from './tools';

export interface CodeServer {
  port: number;
  /** Folders of this run: user data, extensions, the workspace and the browser profile. */
  dirs: { root: string; userData: string; extensions: string; workspace: string; browser: string };
  /** The workbench URL opening the workspace; `payload` passes development/test extension paths. */
  url(payload?: [string, string][]): string;
  /** A path on the code-server side as a URI the workbench accepts (plain paths hang silently). */
  remote(path: string): string;
  stop(): Promise<void>;
}

const USER_SETTINGS = {
  'workbench.startupEditor': 'none', // the walkthrough steals focus
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'workbench.tips.enabled': false,
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function healthy(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    get(`http://127.0.0.1:${port}/healthz`, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    }).on('error', () => resolve(false));
  });
}

/** Installs a .vsix into an extensions folder with code-server's own CLI (as a user would). */
export function installVsix(vsix: string, extensionsDir: string, userDataDir: string): void {
  const result = spawnSync(process.execPath, [codeServerEntry(), '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir, '--install-extension', vsix], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`安装 ${vsix} 失败：\n${result.stdout}\n${result.stderr}`);
}

export interface StartOptions {
  /** Fill the fresh workspace folder before VS Code opens it. */
  prepareWorkspace?: (folder: string) => void;
  /** Run before the server starts, e.g. to install a .vsix into `dirs.extensions`. */
  prepareExtensions?: (dirs: CodeServer['dirs']) => void;
  /** Extra VS Code user settings. */
  settings?: Record<string, unknown>;
}

export async function startCodeServer(options: StartOptions = {}): Promise<CodeServer> {
  const root = mkdtempSync(join(process.env.RUN_DIR ?? tmpdir(), 'tifa-code-server-'));
  const dirs = { root, userData: join(root, 'user-data'), extensions: join(root, 'extensions'), workspace: join(root, 'workspace'), browser: join(root, 'browser') };
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
  mkdirSync(join(dirs.userData, 'User'), { recursive: true });
  writeFileSync(join(dirs.userData, 'User', 'settings.json'), JSON.stringify({ ...USER_SETTINGS, ...options.settings }, null, 2));
  options.prepareWorkspace?.(dirs.workspace);
  options.prepareExtensions?.(dirs);

  const port = Number(process.env.PORT) || (await freePort());
  const args = [codeServerEntry(), '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--config', join(root, 'config.yaml'),
    '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override', dirs.workspace];
  const server: ChildProcess = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const log = createWriteStream(join(root, 'code-server.log'));
  server.stdout?.pipe(log);
  server.stderr?.pipe(log);
  let exited = false;
  server.once('exit', () => (exited = true));

  const deadline = Date.now() + 60_000;
  while (!(await healthy(port))) {
    if (exited) throw new Error(`code-server 启动失败，日志：${join(root, 'code-server.log')}`);
    if (Date.now() > deadline) throw new Error(`code-server 60 秒内未就绪，日志：${join(root, 'code-server.log')}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  const remote = (path: string): string => `vscode-remote://127.0.0.1:${port}${path}`;
  return {
    port,
    dirs,
    remote,
    url: (payload) =>
      `http://127.0.0.1:${port}/?folder=${encodeURIComponent(dirs.workspace)}` +
      (payload ? `&payload=${encodeURIComponent(JSON.stringify(payload))}` : ''),
    async stop() {
      if (!exited) {
        const gone = new Promise((resolve) => { server.once('exit', resolve); setTimeout(resolve, 5000); });
        try { process.kill(-server.pid!, 'SIGTERM'); } catch { /* already gone */ }
        await gone;
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
      try { process.kill(-server.pid!, 'SIGKILL'); } catch { /* the whole group has exited */ }
    },
  };
}

export function launchBrowser(profileDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
