import type { Hover } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, TermBase } from '../core';
import { rangeOf, ruleDocUri } from './diagnostics';
import type { Translate } from './i18n';
import { escapeMarkdown, termCard } from './termText';

/**
 * Hover on a flagged text: why it was flagged and, for a term, the canonical form's card. Hover on a
 * canonical term: its card.
 */
export function hover(document: TextDocument, offset: number, findings: readonly Finding[], terms: TermBase, t: Translate): Hover | null {
  const flagged = findings.filter((f) => f.start <= offset && offset < f.end);
  if (flagged.length > 0) {
    const sections = flagged.map((f) => {
      const why = `**${escapeMarkdown(f.message)}**（[${f.ruleId}](${ruleDocUri(f.ruleId)})）`;
      return f.term ? `${why}\n\n${t('规范提法：', 'Canonical form: ')}${termCard(f.term, t)}` : why;
    });
    const start = Math.min(...flagged.map((f) => f.start));
    const end = Math.max(...flagged.map((f) => f.end));
    return { contents: { kind: 'markdown', value: sections.join('\n\n---\n\n') }, range: rangeOf(document, start, end) };
  }
  const text = document.getText();
  const line = document.positionAt(offset).line;
  const lineStart = document.offsetAt({ line, character: 0 });
  const lineEnd = document.offsetAt({ line: line + 1, character: 0 });
  const matches = terms.findCanonical(text, lineStart, lineEnd).filter((m) => m.start <= offset && offset < m.end);
  if (matches.length === 0) return null;
  // The longest term under the cursor is the one the reader sees (科技自立自强 over 自立自强).
  const match = matches.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
  return { contents: { kind: 'markdown', value: termCard(match.entry, t) }, range: rangeOf(document, match.start, match.end) };
}
