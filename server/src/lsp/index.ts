/** Entry point of the language server (bundled to dist/server.js): `node dist/server.js --stdio`, or IPC from the VS Code client. */
import { join } from 'node:path';
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeParams,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { keepDerivedDataIn } from '../core/keptData';
import { background } from './background';
import { codeActions } from './codeActions';
import { executeCommand } from './commands';
import { completions } from './completion';
import { fixAllEdits } from './fixAll';
import { hover } from './hover';
import { collectFully, IdleCollector } from './idleMemory';
import { localeOf, translator, type Translate } from './i18n';
import { DocumentLinter } from './linter';
import { ProblemReporter } from './problems';
import { Commands, FIX_ALL_KIND, ListTermsRequest } from './protocol';
import { normalizeSettings, type TifaSettings } from './settings';
import { documentSymbols } from './symbols';
import { listTerms } from './terms';
import { FileWatchers } from './watchers';
import { Workspace } from './workspace';

// Started by hand without a transport, vscode-languageserver would throw a stack trace: say how to run it.
if (!process.argv.slice(2).some((arg) => /^--(stdio|node-ipc|socket=|pipe=)/.test(arg))) {
  console.error('用法 usage: node dist/server.js --stdio（编辑器也可用 --node-ipc、--socket=<端口>、--pipe=<名称> 启动）');
  process.exit(2);
}

// A large team base loads several times faster from what an earlier start kept (see keptData.ts).
keepDerivedDataIn(join(__dirname, '.cache'));

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
/** Documents opened, edited and closed: once that stops for a while, memory their old texts took is given back. */
const idleMemory = new IdleCollector(collectFully);

let t: Translate = translator('zh-CN');
let workspace: Workspace;
let linter: DocumentLinter;
let reporter: ProblemReporter;
let watchers: FileWatchers | undefined;
/** For clients without `workspace/configuration`: the settings pushed by didChangeConfiguration. */
let pushedSettings: unknown;
let canPullSettings = false;
let canRegisterConfigurationChange = false;
let canWatchWorkspaceFolders = false;

connection.onInitialize((params: InitializeParams) => {
  const options = (params.initializationOptions ?? {}) as { locale?: unknown; settings?: unknown };
  const locale = localeOf(options.locale ?? params.locale);
  t = translator(locale);
  const capabilities = params.capabilities;
  canPullSettings = capabilities.workspace?.configuration === true;
  canRegisterConfigurationChange = capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
  canWatchWorkspaceFolders = capabilities.workspace?.workspaceFolders === true;
  const watched = capabilities.workspace?.didChangeWatchedFiles;
  if (watched?.dynamicRegistration) watchers = new FileWatchers(connection, watched.relativePatternSupport === true);
  pushedSettings = (options.settings as { tifa?: unknown } | undefined)?.tifa;

  reporter = new ProblemReporter(connection, t);
  workspace = new Workspace(pullSettings, locale);
  workspace.setFolders(params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []));
  linter = new DocumentLinter(connection, documents, workspace, reporter);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      hoverProvider: true,
      completionProvider: {},
      documentSymbolProvider: { label: t('公文结构', 'Document outline') },
      executeCommandProvider: { commands: Object.values(Commands) },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'tifa', version: process.env.TIFA_VERSION },
  };
});

async function pullSettings(scopeUri: string | undefined): Promise<TifaSettings> {
  const raw = canPullSettings ? await connection.workspace.getConfiguration({ scopeUri, section: 'tifa' }) : pushedSettings;
  const { settings, problems } = normalizeSettings(raw, t);
  reporter.report(problems);
  return settings;
}

connection.onInitialized(() => {
  if (canRegisterConfigurationChange) background(connection, connection.client.register(DidChangeConfigurationNotification.type, { section: 'tifa' }));
  if (canWatchWorkspaceFolders) {
    connection.workspace.onDidChangeWorkspaceFolders(() => {
      background(
        connection,
        connection.workspace.getWorkspaceFolders().then((folders) => {
          workspace.setFolders((folders ?? []).map((f) => f.uri));
          return relintAll();
        }),
      );
    });
  }
  background(connection, refreshWatchers());
});

/** Term files named anywhere (settings, configs of open documents) are watched along with the configs. */
async function refreshWatchers(): Promise<void> {
  if (!watchers) return;
  const fromConfigs = await Promise.all(documents.all().map((d) => workspace.configTermFiles(d.uri, d.languageId)));
  await watchers.watch([...(await workspace.configuredTermFiles()), ...fromConfigs.flat()]);
}

async function relintAll(): Promise<void> {
  await linter.relintAll();
  await refreshWatchers();
}

async function reloadFiles(): Promise<void> {
  workspace.reloadFiles();
  await relintAll();
}

connection.onDidChangeConfiguration((params) => {
  if (!canPullSettings) pushedSettings = (params.settings as { tifa?: unknown } | null)?.tifa;
  workspace.reset();
  background(connection, relintAll());
});

connection.onDidChangeWatchedFiles(() => background(connection, reloadFiles()));

/** didOpen also fires a content change; that one must not start a second (debounced) lint. */
const justOpened = new Set<string>();
documents.onDidOpen(({ document }) => {
  idleMemory.activity();
  justOpened.add(document.uri);
  background(connection, linter.lintNow(document).then(refreshWatchers));
});
documents.onDidChangeContent(({ document }) => {
  idleMemory.activity();
  if (justOpened.delete(document.uri)) return;
  background(connection, linter.changed(document));
});
documents.onDidSave(({ document }) => background(connection, linter.lintNow(document)));
documents.onDidClose(({ document }) => {
  idleMemory.activity();
  justOpened.delete(document.uri);
  linter.close(document.uri);
});

connection.onCodeAction(async (params) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return [];
  const [findings, lintText] = await Promise.all([linter.findingsFor(document), linter.textLinterFor(document)]);
  if (!findings || !lintText) return [];
  return codeActions({
    params,
    document,
    findings,
    canEditWorkspaceTerms: workspace.workspaceTermFile(document.uri) !== undefined,
    fixAllEdits: () => fixAllEdits(document, lintText),
    t,
  });
});

connection.onHover(async (params) => {
  const document = documents.get(params.textDocument.uri);
  if (!document || !(await workspace.settingsFor(document.uri)).enable) return null;
  const findings = (await linter.findingsFor(document)) ?? [];
  const terms = await workspace.termsFor(document.uri, document.languageId);
  return hover(document, document.offsetAt(params.position), findings, terms, t);
});

connection.onCompletion(async (params) => {
  const document = documents.get(params.textDocument.uri);
  if (!document || !(await workspace.settingsFor(document.uri)).enable) return [];
  return completions(document, params.position, await workspace.termsFor(document.uri, document.languageId), t);
});

connection.onDocumentSymbol((params) => {
  const document = documents.get(params.textDocument.uri);
  return document ? documentSymbols(document) : [];
});

connection.onExecuteCommand((params) => executeCommand(params, { connection, documents, workspace, linter, reload: reloadFiles, t }));

connection.onRequest(ListTermsRequest, async (params) => listTerms(await workspace.termsFor(params.uri ?? '', 'markdown')));

documents.listen(connection);
connection.listen();
