/**
 * A minimal LSP client for the tests: spawns the built `dist/server.js --stdio` and talks JSON-RPC to it over
 * the child's stdio, as an editor would. It answers the server's requests (configuration, applyEdit,
 * registrations) and records what the server sends (diagnostics, messages, logs).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { pathToFileURL } from 'node:url';
import {
  ApplyWorkspaceEditRequest,
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  ExitNotification,
  FileChangeType,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowMessageNotification,
  ShowMessageRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  UnregistrationRequest,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Registration,
  type ShowMessageParams,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { tempFolder } from '../support/tempDir';

export const SERVER = join(__dirname, '..', '..', 'dist', 'server.js');

export interface ClientOptions {
  /** Workspace folders (paths). */
  folders?: string[];
  /** The `tifa` section for a scope URI (a folder, or undefined); defaults to {}. */
  settings?: (scopeUri: string | undefined) => unknown;
  locale?: string;
  /** Advertise `workspace/configuration` (true, as VS Code) or not (settings then come by didChangeConfiguration). */
  pullConfiguration?: boolean;
}

type Waiter = { accept: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void };

export class TestClient {
  /** Every publishDiagnostics, in arrival order. */
  readonly published: PublishDiagnosticsParams[] = [];
  readonly shownMessages: ShowMessageParams[] = [];
  readonly logs: string[] = [];
  readonly appliedEdits: WorkspaceEdit[] = [];
  readonly registrations: Registration[] = [];
  /** `tifa/status` notifications. */
  readonly statuses: { uri: string; count: number }[] = [];
  settings: (scopeUri: string | undefined) => unknown;
  private readonly versions = new Map<string, number>();
  private waiters: Waiter[] = [];

  private constructor(
    private readonly child: ChildProcess,
    readonly connection: ProtocolConnection,
    options: ClientOptions,
  ) {
    this.settings = options.settings ?? (() => ({}));
  }

  static async start(options: ClientOptions = {}): Promise<TestClient> {
    if (!existsSync(SERVER)) throw new Error(`${SERVER} 不存在：先运行 npm run build`);
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new TestClient(child, connection, options);
    client.listen();
    connection.listen();
    const folders = (options.folders ?? []).map((path, i) => ({ uri: pathToFileURL(path).href, name: `folder${i}` }));
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: folders[0]?.uri ?? null,
      workspaceFolders: folders,
      initializationOptions: { locale: options.locale ?? 'zh-cn' },
      capabilities: {
        workspace: {
          configuration: options.pullConfiguration ?? true,
          workspaceFolders: true,
          applyEdit: true,
          didChangeConfiguration: { dynamicRegistration: true },
          didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
        },
        textDocument: { publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true } },
      },
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  private listen(): void {
    const c = this.connection;
    // Settings may come as promises, to answer slowly as a busy editor does.
    c.onRequest(ConfigurationRequest.type, (params) => Promise.all(params.items.map((item) => (item.section === 'tifa' ? this.settings(item.scopeUri) : null))));
    c.onRequest(ApplyWorkspaceEditRequest.type, (params) => {
      this.appliedEdits.push(params.edit);
      return { applied: true };
    });
    c.onRequest(RegistrationRequest.type, (params) => {
      this.registrations.push(...params.registrations);
    });
    c.onRequest(UnregistrationRequest.type, () => undefined);
    c.onNotification(ShowMessageNotification.type, (params) => {
      this.shownMessages.push(params);
    });
    c.onRequest(ShowMessageRequest.type, (params) => {
      this.shownMessages.push(params);
      return null;
    });
    c.onNotification(LogMessageNotification.type, (params) => {
      this.logs.push(params.message);
    });
    c.onNotification('tifa/status', (params: { uri: string; count: number }) => {
      this.statuses.push(params);
    });
    c.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params);
      this.waiters = this.waiters.filter((w) => {
        if (!w.accept(params)) return true;
        w.resolve(params);
        return false;
      });
    });
  }

  /** The next publish for `uri` that satisfies `accept` (by default: any). */
  nextDiagnostics(uri: string, accept: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 10_000): Promise<Diagnostic[]> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${timeoutMs} ms 内没有收到 ${uri} 的诊断`)), timeoutMs);
      this.waiters.push({
        accept: (p) => p.uri === uri && accept(p),
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p.diagnostics);
        },
      });
    });
  }

  /** Opens a document and waits for its first diagnostics. */
  async open(uri: string, text: string, languageId = 'markdown'): Promise<Diagnostic[]> {
    this.versions.set(uri, 1);
    const published = this.nextDiagnostics(uri, (p) => p.version === 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    return published;
  }

  /** Replaces the whole text (a new version); returns the version. */
  async change(uri: string, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  async save(uri: string): Promise<void> {
    await this.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async settingsChanged(settings: (scopeUri: string | undefined) => unknown): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { tifa: settings(undefined) } });
  }

  async fileChanged(path: string): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(path).href, type: FileChangeType.Changed }] });
  }

  async stop(): Promise<void> {
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    await new Promise<void>((resolve) => {
      if (this.child.exitCode !== null) resolve();
      else this.child.once('exit', () => resolve());
    });
    this.connection.dispose();
  }
}

/** A server for a whole test file, on an empty temp workspace, stopped when the file's tests end. */
export function sessionForFile(): { readonly root: string; readonly client: TestClient } {
  const root = tempFolder({});
  let started: TestClient | undefined;
  before(async () => {
    started = await TestClient.start({ folders: [root] });
  });
  after(() => started?.stop());
  return {
    root,
    get client() {
      if (!started) throw new Error('测试服务器尚未启动');
      return started;
    },
  };
}

export function uriOf(path: string): string {
  return pathToFileURL(path).href;
}

/** Applies LSP text edits to a text, as the editor would (rejecting overlapping edits). */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  const document = TextDocument.create('file:///edit', 'markdown', 1, text);
  for (let i = 1; i < sorted.length; i++) {
    if (document.offsetAt(sorted[i].range.start) < document.offsetAt(sorted[i - 1].range.end)) throw new Error('编辑区间重叠');
  }
  return TextDocument.applyEdits(document, sorted);
}
