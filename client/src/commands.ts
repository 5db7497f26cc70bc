/**
 * The extension's commands. Each one only forwards to the server or to VS Code: what is a problem and how it
 * is fixed is decided by the server (fix-all runs the server command `tifa.applyFixAll`).
 */
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import { Command, ServerCommand } from './names';
import { browseTerms } from './termPicker';
import { openWorkspaceTerms } from './workspaceTerms';
import { t } from './l10n';

function executeOnServer(client: LanguageClient, command: string, args: unknown[]): Promise<unknown> {
  return client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
}

async function fixAll(client: LanguageClient): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document) {
    void vscode.window.showInformationMessage(t('请先打开要修复的文档。'));
    return;
  }
  await executeOnServer(client, ServerCommand.applyFixAll, [document.uri.toString()]);
}

export function registerCommands(context: vscode.ExtensionContext, client: LanguageClient): void {
  // A command can run before the server has finished starting; wait for it instead of failing.
  const whenRunning = async (action: () => Promise<unknown>): Promise<void> => {
    if (!client.isRunning()) await client.start();
    await action();
  };
  context.subscriptions.push(
    vscode.commands.registerCommand(Command.fixAll, () => whenRunning(() => fixAll(client))),
    vscode.commands.registerCommand(Command.recheck, () => whenRunning(() => executeOnServer(client, ServerCommand.relint, []))),
    vscode.commands.registerCommand(Command.browseTerms, () => whenRunning(() => browseTerms(client))),
    vscode.commands.registerCommand(Command.openWorkspaceTerms, openWorkspaceTerms),
    vscode.commands.registerCommand(Command.restartServer, async () => {
      await client.restart();
      void vscode.window.setStatusBarMessage(t('提法服务已重启'), 3000);
    }),
  );
}
