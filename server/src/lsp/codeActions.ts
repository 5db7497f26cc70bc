import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../core';
import { rangeOf, toDiagnostic } from './diagnostics';
import type { Translate } from './i18n';
import { Commands, FIX_ALL_KIND } from './protocol';

export interface CodeActionInput {
  params: CodeActionParams;
  document: TextDocument;
  findings: readonly Finding[];
  /** Whether the document has a workspace term file to write to (it lies in a workspace folder). */
  canEditWorkspaceTerms: boolean;
  /** Fix-all edits, computed only when asked for. */
  fixAllEdits: () => TextEdit[];
  t: Translate;
}

/**
 * The code actions at a range: per finding its quick fixes, 「在此行停用该规则」 and, for term findings, the
 * workspace term file actions; plus 「修复所有 Tifa 问题」 as `source.fixAll.tifa`.
 */
export function codeActions(input: CodeActionInput): CodeAction[] {
  const { params, document, findings, t } = input;
  const only = params.context.only;
  const actions: CodeAction[] = [];
  if (wants(only, CodeActionKind.QuickFix)) {
    const start = document.offsetAt(params.range.start);
    const end = document.offsetAt(params.range.end);
    const disabledLines = new Set<string>();
    for (const finding of findings) {
      if (finding.end < start || finding.start > end) continue;
      const diagnostic = toDiagnostic(document, finding);
      actions.push(...quickFixes(document, finding, diagnostic));
      const line = document.positionAt(finding.start).line;
      const key = `${line}:${finding.ruleId}`;
      if (document.languageId === 'markdown' && !disabledLines.has(key) && !isTableRow(document, line)) {
        disabledLines.add(key);
        actions.push(disableForLine(document, finding, diagnostic, t));
      }
      if (finding.term && input.canEditWorkspaceTerms) actions.push(...termFileActions(document, finding, diagnostic, t));
    }
  }
  // Fix-all re-lints the whole text until nothing is left: only when asked for by kind (on save, the Source
  // Action menu), never for the lightbulb, which asks at every cursor move.
  const askedForFixAll = only?.some((kind) => FIX_ALL_KIND === kind || FIX_ALL_KIND.startsWith(`${kind}.`)) ?? false;
  if (askedForFixAll && findings.some((f) => f.fixes.length > 0)) {
    const edits = input.fixAllEdits();
    if (edits.length > 0) {
      actions.push({ title: t('修复所有 Tifa 问题', 'Fix all Tifa problems'), kind: FIX_ALL_KIND, edit: { changes: { [document.uri]: edits } } });
    }
  }
  return actions;
}

function wants(only: readonly string[] | undefined, kind: string): boolean {
  return only === undefined || only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

function quickFixes(document: TextDocument, finding: Finding, diagnostic: Diagnostic): CodeAction[] {
  return finding.fixes.map((fix) => ({
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: finding.fixes.length === 1,
    edit: { changes: { [document.uri]: [{ range: rangeOf(document, fix.start, fix.end), newText: fix.text }] } },
  }));
}

/** A comment line inside a table would end the table: no disable comment there. */
function isTableRow(document: TextDocument, line: number): boolean {
  return /^\s*\|/.test(document.getText({ start: { line, character: 0 }, end: { line, character: 2 ** 31 - 1 } }));
}

/** Inserts `<!-- tifa-disable-next-line <rule> -->` on its own line above, indented like the line. */
function disableForLine(document: TextDocument, finding: Finding, diagnostic: Diagnostic, t: Translate): CodeAction {
  const line = document.positionAt(finding.start).line;
  const lineText = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const indent = /^[ \t]*/.exec(lineText)![0];
  const eol = document.getText().includes('\r\n') ? '\r\n' : '\n';
  return {
    title: t(`在此行停用该规则（${finding.ruleId}）`, `Disable ${finding.ruleId} for this line`),
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: {
      changes: { [document.uri]: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}<!-- tifa-disable-next-line ${finding.ruleId} -->${eol}` }] },
    },
  };
}

/**
 * 「加入工作区术语表」 is offered only for a word the term base does not list as wrong (a suspected typo
 * that is in fact a term); 「忽略此词」 for every term finding.
 */
function termFileActions(document: TextDocument, finding: Finding, diagnostic: Diagnostic, t: Translate): CodeAction[] {
  const word = finding.matched;
  const actions: CodeAction[] = [];
  if (!finding.term!.patterns.includes(word)) {
    actions.push({
      title: t(`将「${word}」加入工作区术语表`, `Add “${word}” to the workspace terms`),
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      command: { title: t('加入工作区术语表', 'Add to workspace terms'), command: Commands.addToWorkspaceTerms, arguments: [document.uri, word] },
    });
  }
  actions.push({
    title: t(`忽略此词「${word}」`, `Ignore “${word}”`),
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    command: { title: t('忽略此词', 'Ignore this word'), command: Commands.ignoreWord, arguments: [document.uri, word] },
  });
  return actions;
}
