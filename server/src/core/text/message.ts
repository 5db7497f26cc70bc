import type { RuleContext } from '../rules/rule';

/**
 * A message in the user's language: 简体中文 first, English when the engine runs with an English locale.
 * The engine passes `t(zh, en)` in the rule context once locales land; until then every message is 中文.
 */
export function say(context: RuleContext, zh: string, en: string): string {
  const translate = (context as RuleContext & { t?: (zh: string, en: string) => string }).t;
  return translate ? translate(zh, en) : zh;
}
