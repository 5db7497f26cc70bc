/**
 * The status-bar item: how many Tifa findings the active document has. It counts the diagnostics the
 * server published (source `tifa`), so it can never disagree with the Problems panel.
 */
import * as vscode from 'vscode';
import { t } from './l10n';

const SOURCE = 'tifa';
const CHECKED_LANGUAGES = new Set(['markdown', 'plaintext']);

function tifaDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

/** The codicon of the worst finding, so an error does not look like a mere warning. */
function iconOf(diagnostics: vscode.Diagnostic[]): string {
  const worst = Math.min(...diagnostics.map((d) => d.severity));
  return worst === vscode.DiagnosticSeverity.Error ? '$(error)' : worst === vscode.DiagnosticSeverity.Warning ? '$(warning)' : '$(info)';
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
    const diagnostics = tifaDiagnostics(document.uri);
    const count = diagnostics.length;
    item.text = count === 0 ? `$(check) ${t('提法')}` : `${iconOf(diagnostics)} ${t('提法 {0}', count)}`;
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
