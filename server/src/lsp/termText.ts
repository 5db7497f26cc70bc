import type { TermEntry } from '../core';
import type { Translate } from './i18n';

/** Text from term files goes into Markdown: its markup characters are shown, not interpreted. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>()#+!|~]/g, (c) => `\\${c}`);
}

/** 000_x.txt 第 3、25 行 — where in the corpus the term was taken from. */
export function sourceText(entry: TermEntry, t: Translate): string | undefined {
  if (!entry.source || entry.source.length === 0) return undefined;
  return entry.source
    .map((s) => t(`${s.file} 第 ${s.lines.join('、')} 行`, `${s.file} line${s.lines.length > 1 ? 's' : ''} ${s.lines.join(', ')}`))
    .join(t('；', '; '));
}

/** A term's card, in Markdown: canonical form, category, definition, source, note. */
export function termCard(entry: TermEntry, t: Translate): string {
  const lines = [`**${escapeMarkdown(entry.expected)}**${entry.category ? ` · ${escapeMarkdown(entry.category)}` : ''}`];
  if (entry.definition) lines.push(escapeMarkdown(entry.definition));
  const source = sourceText(entry, t);
  if (source) lines.push(`${t('出处：', 'Source: ')}${escapeMarkdown(source)}`);
  if (entry.note) lines.push(`${t('说明：', 'Note: ')}${escapeMarkdown(entry.note)}`);
  return lines.join('\n\n');
}
