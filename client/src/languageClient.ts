/** Creates the language client: the server bundle over IPC, with the locale passed at initialization. */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { documentSelector } from './protocol';
import { t } from './l10n';

/** The client id is also the settings prefix vscode-languageclient reads `tifa.trace.server` from. */
const CLIENT_ID = 'tifa';

export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector,
    // Settings are pulled by the server (workspace/configuration) and it registers for change
    // notifications itself, so no `synchronize.configurationSection` here (that would notify twice).
    initializationOptions: { locale: vscode.env.language },
    diagnosticCollectionName: 'tifa',
  };
  return new LanguageClient(CLIENT_ID, t('提法 Tifa'), serverOptions, clientOptions);
}
