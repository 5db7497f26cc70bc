/**
 * 浏览术语表: a quick pick of the term base the server uses for the active document (built-in + user
 * terms), searchable by term, category, pinyin initials and definition. Enter inserts the chosen term at
 * every cursor; with no editor open it is copied to the clipboard instead.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ListTermsRequest, type ListedTerm } from './protocol';
import { t } from './l10n';

interface TermItem extends vscode.QuickPickItem {
  term: ListedTerm;
}

function sourceText(term: ListedTerm): string {
  return (term.source ?? []).map((s) => `${s.file}:${s.lines.join(',')}`).join('；');
}

function termItem(term: ListedTerm): TermItem {
  const description = [term.category, term.initials].filter(Boolean).join(' · ');
  const detail = [term.definition ?? term.note, sourceText(term) && t('出处：{0}', sourceText(term))]
    .filter(Boolean)
    .join('　');
  return { label: term.expected, description, detail, term };
}

export async function browseTerms(client: LanguageClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const terms = await client.sendRequest(ListTermsRequest, { uri: editor?.document.uri.toString() });
  const picked = await vscode.window.showQuickPick(terms.map(termItem), {
    title: t('浏览术语表（{0} 个词条）', terms.length),
    placeHolder: t('输入术语、类别、拼音首字母或释义中的字词；回车插入'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (!picked) return;
  if (!editor) {
    await vscode.env.clipboard.writeText(picked.term.expected);
    void vscode.window.showInformationMessage(t('已复制「{0}」', picked.term.expected));
    return;
  }
  await editor.edit((edit) => {
    for (const selection of editor.selections) edit.replace(selection, picked.term.expected);
  });
}
