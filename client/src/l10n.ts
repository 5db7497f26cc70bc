/**
 * Runtime strings of the extension. The source strings in the code ARE the 简体中文 text; English comes
 * from l10n/bundle.l10n.en.json when VS Code runs in English. This mirrors the server's rule (English for
 * `en*`, 简体中文 otherwise) so that a window never mixes languages. VS Code's own `vscode.l10n` cannot do
 * this: it never loads a bundle when the display language is English, so we configure @vscode/l10n here.
 * The bundle is compiled into dist/extension.js, so the .vsix needs no l10n/ folder.
 */
import * as l10n from '@vscode/l10n';
import english from '../../l10n/bundle.l10n.en.json';

export function isEnglish(language: string): boolean {
  return language === 'en' || language.startsWith('en-');
}

/** Chooses the message bundle once, before the first `t()`. */
export function configureLocale(language: string): void {
  l10n.config({ contents: isEnglish(language) ? english : {} });
}

export const t = l10n.t;
