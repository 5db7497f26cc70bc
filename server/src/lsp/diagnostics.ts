import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ruleDocPath, type Finding, type Severity } from '../core';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

const docUris = new Map<string, string>();

/** The rule's doc page shipped with the package: dist/server.js → ../docs/rules/<id>.md. */
export function ruleDocUri(ruleId: string): string {
  let uri = docUris.get(ruleId);
  if (!uri) {
    uri = pathToFileURL(resolve(__dirname, '..', ruleDocPath(ruleId))).href;
    docUris.set(ruleId, uri);
  }
  return uri;
}

export function rangeOf(document: TextDocument, start: number, end: number): Range {
  return { start: document.positionAt(start), end: document.positionAt(end) };
}

/** A finding as an LSP diagnostic: a translation, nothing decided here. */
export function toDiagnostic(document: TextDocument, finding: Finding): Diagnostic {
  return {
    range: rangeOf(document, finding.start, finding.end),
    severity: SEVERITY[finding.severity],
    source: 'tifa',
    code: finding.ruleId,
    codeDescription: { href: ruleDocUri(finding.ruleId) },
    message: finding.message,
  };
}
