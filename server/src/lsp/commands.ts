import { MessageType, ShowMessageNotification, type Connection, type ExecuteCommandParams, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAllEdits } from './fixAll';
import type { Translate } from './i18n';
import type { DocumentLinter } from './linter';
import { Commands } from './protocol';
import type { Workspace } from './workspace';
import { writeWorkspaceTerm, type WorkspaceTermChange } from './workspaceTerms';
import { background } from './background';

export interface CommandContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  workspace: Workspace;
  linter: DocumentLinter;
  /** Config or term files changed: reload them and re-lint. */
  reload: () => Promise<void>;
  t: Translate;
}

/** `workspace/executeCommand` for the commands the server advertises. */
export async function executeCommand(params: ExecuteCommandParams, context: CommandContext): Promise<unknown> {
  const args = params.arguments ?? [];
  switch (params.command) {
    case Commands.applyFixAll:
      return applyFixAll(String(args[0]), context);
    case Commands.relint:
      await context.reload();
      return null;
    case Commands.addToWorkspaceTerms:
      return changeWorkspaceTerms(String(args[0]), String(args[1] ?? ''), 'add', context);
    case Commands.ignoreWord:
      return changeWorkspaceTerms(String(args[0]), String(args[1] ?? ''), 'ignore', context);
    default:
      throw new Error(context.t(`未知命令：${params.command}`, `Unknown command: ${params.command}`));
  }
}

async function applyFixAll(uri: string, { connection, documents, linter, t }: CommandContext): Promise<{ applied: boolean; edits: number }> {
  const document = documents.get(uri);
  if (!document) throw new Error(t(`文档未打开：${uri}`, `Document not open: ${uri}`));
  const lintText = await linter.textLinterFor(document);
  const edits = lintText ? fixAllEdits(document, lintText) : [];
  if (edits.length === 0) return { applied: false, edits: 0 };
  const result = await connection.workspace.applyEdit({ label: t('修复所有 Tifa 问题', 'Fix all Tifa problems'), edit: { changes: { [uri]: edits } } });
  return { applied: result.applied, edits: edits.length };
}

async function changeWorkspaceTerms(uri: string, word: string, change: WorkspaceTermChange, context: CommandContext): Promise<{ file: string; changed: boolean } | null> {
  const { connection, workspace, t } = context;
  const file = workspace.workspaceTermFile(uri);
  if (!file || word.length === 0) {
    showError(connection, t('Tifa：该文档不在工作区文件夹中，无法写入工作区术语表。', 'Tifa: this document is not in a workspace folder; there is no workspace term file to write.'));
    return null;
  }
  let changed: boolean;
  try {
    changed = writeWorkspaceTerm(file, word, change);
  } catch (error) {
    const message = (error as Error).message;
    connection.console.error(message);
    showError(connection, `Tifa：${message}`);
    return null;
  }
  await context.reload();
  return { file, changed };
}

/** A notification, not a request: nothing to wait for, nothing to fail if the client has no answer. */
function showError(connection: Connection, message: string): void {
  background(connection, connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message }));
}
