import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parseDocument } from '../core';
import { outline, type OutlineItem } from '../core/document/outline';
import { rangeOf } from './diagnostics';
import { kindOf } from './linter';

interface Open {
  item: OutlineItem;
  symbol: DocumentSymbol;
}

/**
 * The outline of a 公文 as nested symbols. A Markdown heading sits under a shallower heading; a numbered
 * heading (一、（一）1.（1）) sits under a deeper-numbered one or under the Markdown heading before it.
 * Each symbol's range runs to where the next sibling or ancestor begins, so that breadcrumbs and folding follow sections.
 */
export function documentSymbols(document: TextDocument): DocumentSymbol[] {
  const text = document.getText();
  const items = outline(parseDocument(text, kindOf(document)));
  const roots: DocumentSymbol[] = [];
  const stack: Open[] = [];
  const closeAt = (open: Open, offset: number) => {
    open.symbol.range.end = document.positionAt(Math.max(endOfPreviousLine(text, offset), open.item.end));
  };
  for (const item of items) {
    while (stack.length > 0 && !isParent(stack[stack.length - 1].item, item)) closeAt(stack.pop()!, lineStartOf(text, item.start));
    const start = lineStartOf(text, item.start);
    const symbol: DocumentSymbol = {
      name: nameOf(item),
      kind: SymbolKind.String,
      range: rangeOf(document, start, item.end),
      selectionRange: rangeOf(document, item.start, item.end),
      children: [],
    };
    (stack.length > 0 ? stack[stack.length - 1].symbol.children! : roots).push(symbol);
    stack.push({ item, symbol });
  }
  while (stack.length > 0) closeAt(stack.pop()!, text.length + 1);
  return roots;
}

const isHeading = (item: OutlineItem) => item.marker.startsWith('#');

function isParent(parent: OutlineItem, child: OutlineItem): boolean {
  if (isHeading(child)) return isHeading(parent) && parent.level < child.level;
  if (!isHeading(parent)) return parent.level < child.level;
  // `## 一、…` stands for level 一 of the numbering: （一） goes inside it, 二、 does not.
  return parent.numberingLevel === undefined || parent.numberingLevel < child.level;
}

function nameOf(item: OutlineItem): string {
  const marker = isHeading(item) ? (item.numbering ?? '') : item.marker;
  return `${marker}${item.title}` || item.marker;
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The end of the line before the one starting at `lineStart` (before its line break). */
function endOfPreviousLine(text: string, lineStart: number): number {
  let end = Math.min(lineStart, text.length + 1) - 1;
  if (end < 0) return 0;
  if (end >= text.length) return text.length;
  if (end > 0 && text[end - 1] === '\r') end--;
  return end;
}
