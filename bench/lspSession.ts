/**
 * A bare LSP session with the built server (`node dist/server.js --stdio`) for the benchmark and the
 * robustness tests: incremental edits as VS Code sends them, waiting for a given version's diagnostics,
 * the server's resident memory, and raw bytes on its stdin for malformed input.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

/** The bundle under test; TIFA_SERVER_BUNDLE points at another build to compare two (A/B) on the same machine. */
export const SERVER_BUNDLE = process.env.TIFA_SERVER_BUNDLE ?? join(__dirname, '..', 'dist', 'server.js');

type Waiter = { uri: string; version: number; resolve: (p: PublishDiagnosticsParams) => void };

export class LspSession {
  readonly logs: string[] = [];
  /** Every publishDiagnostics, latest last. */
  readonly published: PublishDiagnosticsParams[] = [];
  /** How many publishDiagnostics arrived in all (`published` keeps the last 100 only). */
  publishCount = 0;
  private waiters: Waiter[] = [];
  private readonly versions = new Map<string, number>();

  private constructor(
    readonly child: ChildProcess,
    readonly connection: ProtocolConnection,
  ) {}

  /** Spawns and initializes the server with one workspace folder. */
  static async start(folderUri: string): Promise<LspSession> {
    if (!existsSync(SERVER_BUNDLE)) throw new Error(`${SERVER_BUNDLE} 不存在：先运行 npm run build`);
    const child = spawn(process.execPath, [SERVER_BUNDLE, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    child.stderr!.resume();
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const session = new LspSession(child, connection);
    connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => ({})));
    connection.onRequest(RegistrationRequest.type, () => undefined);
    connection.onNotification(LogMessageNotification.type, (p) => void session.logs.push(p.message));
    connection.onNotification(PublishDiagnosticsNotification.type, (p) => session.received(p));
    connection.listen();
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: folderUri,
      workspaceFolders: [{ uri: folderUri, name: 'bench' }],
      capabilities: { workspace: { configuration: true, workspaceFolders: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return session;
  }

  private received(params: PublishDiagnosticsParams): void {
    this.published.push(params);
    this.publishCount++;
    if (this.published.length > 100) this.published.splice(0, this.published.length - 100);
    this.waiters = this.waiters.filter((w) => {
      if (w.uri !== params.uri || (params.version ?? 0) < w.version) return true;
      w.resolve(params);
      return false;
    });
  }

  /** Diagnostics for `version` of `uri` or a later one. */
  diagnosticsFor(uri: string, version: number, timeoutMs = 60_000): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${timeoutMs} ms 内没有收到 ${uri} 第 ${version} 版的诊断`)), timeoutMs);
      this.waiters.push({ uri, version, resolve: (p) => (clearTimeout(timer), resolve(p)) });
    });
  }

  async open(uri: string, text: string, languageId = 'markdown'): Promise<number> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    return 1;
  }

  /** Inserts `text` at a 0-based line and character, as an editor does on a keystroke; returns the new version. */
  async type(uri: string, line: number, character: number, text: string, version = (this.versions.get(uri) ?? 0) + 1): Promise<number> {
    this.versions.set(uri, Math.max(version, this.versions.get(uri) ?? 0));
    const position = { line, character };
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: position, end: position }, text }],
    });
    return version;
  }

  /** Resident set size of the server process, in bytes (Linux /proc). */
  rss(): number {
    const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+) kB/.exec(status);
    if (!kb) throw new Error('读不到服务器进程的 VmRSS');
    return Number(kb[1]) * 1024;
  }

  /** Bytes straight onto the server's stdin, bypassing the JSON-RPC writer. */
  writeRaw(bytes: string): void {
    this.child.stdin!.write(bytes);
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  async stop(): Promise<void> {
    if (this.alive) {
      await Promise.race([this.connection.sendRequest(ShutdownRequest.type), new Promise((r) => setTimeout(r, 5000))]);
      await this.connection.sendNotification(ExitNotification.type).catch(() => undefined);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => (this.child.kill(), resolve()), 5000);
        if (!this.alive) return (clearTimeout(timer), resolve());
        this.child.once('exit', () => (clearTimeout(timer), resolve()));
      });
    }
    this.connection.dispose();
  }
}
