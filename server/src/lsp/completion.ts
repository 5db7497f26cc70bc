import { CompletionItemKind, type CompletionItem, type Position } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { initials, type TermBase, type TermEntry } from '../core';
import type { Translate } from './i18n';
import { termCard } from './termText';

const MAX_ITEMS = 50;
const HAN_TAIL = /[\u3400-\u4dbf\u4e00-\u9fff]+$/;
/** Two letters at least: one letter is the start of any word. */
const PINYIN_TAIL = /[a-z]{2,}$/i;

const initialsByBase = new WeakMap<TermBase, { entry: TermEntry; initials: string }[]>();

/** Pinyin initials of every entry, computed once per term base. */
export function termInitials(terms: TermBase): { entry: TermEntry; initials: string }[] {
  let list = initialsByBase.get(terms);
  if (!list) {
    list = terms.entries.map((entry) => ({ entry, initials: initials(entry.expected).toLowerCase() }));
    initialsByBase.set(terms, list);
  }
  return list;
}

/**
 * Canonical terms that complete what is typed before the cursor: the start of a term in characters
 * (新质 → 新质生产力) or its pinyin initials (xzscl → 新质生产力).
 */
export function completions(document: TextDocument, position: Position, terms: TermBase, t: Translate): CompletionItem[] {
  const before = document.getText({ start: { line: position.line, character: 0 }, end: position });
  const pinyin = PINYIN_TAIL.exec(before)?.[0];
  if (pinyin) {
    const typed = pinyin.toLowerCase();
    const found = termInitials(terms).filter((e) => e.initials.startsWith(typed));
    return found.slice(0, MAX_ITEMS).map(({ entry, initials: letters }) => item(entry, position, pinyin.length, letters, t));
  }
  const han = HAN_TAIL.exec(before)?.[0];
  if (!han) return [];
  // Every typed tail that a term starts with, longest first: 高水平科技自 offers 高水平科技自立自强, then
  // 科技自立自强. A single character only when it is all that was typed: one character starts too many terms.
  const items: CompletionItem[] = [];
  const offered = new Set<string>();
  const shortest = han.length === 1 ? 1 : 2;
  for (let from = 0; from <= han.length - shortest && items.length < MAX_ITEMS; from++) {
    const typed = han.slice(from);
    for (const entry of terms.entries) {
      if (!entry.expected.startsWith(typed) || entry.expected === typed || offered.has(entry.expected)) continue;
      offered.add(entry.expected);
      const rank = String(from).padStart(3, '0');
      items.push({ ...item(entry, position, typed.length, entry.expected, t), sortText: `${rank}${entry.expected}` });
    }
  }
  return items.slice(0, MAX_ITEMS);
}

function item(entry: TermEntry, position: Position, typedLength: number, filterText: string, t: Translate): CompletionItem {
  return {
    label: entry.expected,
    kind: CompletionItemKind.Text,
    detail: entry.category ?? t('规范提法', 'Canonical term'),
    documentation: { kind: 'markdown', value: termCard(entry, t) },
    filterText,
    textEdit: { range: { start: { line: position.line, character: position.character - typedLength }, end: position }, newText: entry.expected },
  };
}
