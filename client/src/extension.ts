/**
 * VS Code entry point (bundled to dist/extension.js). A thin client: it starts the language server
 * (dist/server.js) over IPC, registers the commands and the status-bar item. Every finding, fix, hover and
 * completion comes from the server, i.e. from the same engine as the `tifa` CLI.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { configureLocale } from './l10n';
import { createLanguageClient } from './languageClient';
import { registerCommands } from './commands';
import { createStatusBar } from './statusBar';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  configureLocale(vscode.env.language);
  client = createLanguageClient(context);
  registerCommands(context, client);
  createStatusBar(context);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
