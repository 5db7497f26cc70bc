import type { Locale } from '../core';

/** User-facing text of the server: 简体中文 unless the editor runs in English. */
export type Translate = (zh: string, en: string) => string;

/** The client passes `vscode.env.language` (en, en-us, zh-cn…); English only when it starts with en. */
export function localeOf(language: unknown): Locale {
  return typeof language === 'string' && /^en\b/i.test(language) ? 'en' : 'zh-CN';
}

export function translator(locale: Locale): Translate {
  return (zh, en) => (locale === 'en' ? en : zh);
}
