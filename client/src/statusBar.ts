/**
 * The status-bar item: how many Tifa findings the active document has. It counts the diagnostics the
 * server published (source `tifa`), so it can never disagree with the Problems panel.
 */
import * as vscode from 'vscode';
import { t } from './l10n';

const SOURCE = 'tifa';
const CHECKED_LANGUAGES = new Set(['markdown', 'plaintext']);

export function tifaFindingCount(uri: vscode.Uri): number {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE).length;
}

export function createStatusBar(context: vscode.ExtensionContext): void {
  const item = vscode.window.createStatusBarItem('tifa.findings', vscode.StatusBarAlignment.Right, 100);
  item.name = t('提法 Tifa');
  item.command = 'workbench.actions.view.problems';

  const update = (): void => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !CHECKED_LANGUAGES.has(document.languageId)) {
      item.hide();
      return;
    }
    const count = tifaFindingCount(document.uri);
    item.text = count === 0 ? `$(check) ${t('提法')}` : `$(warning) ${t('提法 {0}', count)}`;
    item.tooltip = count === 0 ? t('提法：本文档没有发现问题') : t('提法：本文档有 {0} 个问题，点击查看', count);
    item.show();
  };

  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.languages.onDidChangeDiagnostics((event) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (event.uris.some((uri) => uri.toString() === active)) update();
    }),
    vscode.workspace.onDidOpenTextDocument(update),
  );
  update();
}
