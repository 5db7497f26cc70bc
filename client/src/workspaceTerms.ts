/** 打开工作区术语文件: opens `<workspace folder>/.tifa/terms.yaml`, creating it from a template when missing. */
import * as vscode from 'vscode';
import { WORKSPACE_TERMS } from '../../server/src/core/config/config';
import { isEnglish, t } from './l10n';
import { workspaceTermsTemplate } from './workspaceTermsTemplate';

/** The folder of the active document, else the only folder, else the writer's choice. */
async function pickWorkspaceFolder(): Promise<vscode.WorkspaceFolder | undefined> {
  const active = vscode.window.activeTextEditor?.document.uri;
  const ofActive = active && vscode.workspace.getWorkspaceFolder(active);
  if (ofActive) return ofActive;
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length <= 1) return folders[0];
  return vscode.window.showWorkspaceFolderPick({ placeHolder: t('选择要打开其术语表的工作区文件夹') });
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

export async function openWorkspaceTerms(): Promise<void> {
  const folder = await pickWorkspaceFolder();
  if (!folder) {
    void vscode.window.showWarningMessage(t('请先打开一个文件夹：工作区术语表保存在文件夹中的 {0}。', WORKSPACE_TERMS));
    return;
  }
  const file = vscode.Uri.joinPath(folder.uri, ...WORKSPACE_TERMS.split('/'));
  if (!(await exists(file))) {
    const template = workspaceTermsTemplate(isEnglish(vscode.env.language));
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(template));
  }
  await vscode.window.showTextDocument(file);
}
