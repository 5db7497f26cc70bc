/**
 * Expands a VS Code snippet body the way the editor does when the writer accepts every default: choices take
 * their first option, placeholders their default text, mirrors the text of their placeholder, variables the
 * given values (with /regex/format/ transforms). Only the syntax our snippets use; unknown syntax throws.
 */
export type SnippetVariables = Record<string, string>;

const TRANSFORMED = /\$\{([A-Z_]+)\/([^/]*)\/([^/]*)\/([a-z]*)\}/g;
const VARIABLE = /\$\{([A-Z_]+)\}|\$([A-Z_]+)/g;
const CHOICE = /\$\{(\d+)\|([^|]*)\|\}/g;
const PLACEHOLDER = /\$\{(\d+):([^${}]*)\}/g; // innermost first: no nested `$`, `{` or `}`
const MIRROR_OR_STOP = /\$\{(\d+)\}|\$(\d+)/g;

export function expandSnippet(body: string | string[], variables: SnippetVariables): string {
  const value = (name: string): string => {
    if (!(name in variables)) throw new Error(`片段变量 ${name} 未提供`);
    return variables[name];
  };
  const defaults = new Map<string, string>();
  let text = (Array.isArray(body) ? body.join('\n') : body)
    .replace(TRANSFORMED, (_, name: string, regex: string, format: string, flags: string) => value(name).replace(new RegExp(regex, flags), format))
    .replace(VARIABLE, (_, braced: string | undefined, bare: string | undefined) => value(braced ?? bare!))
    .replace(CHOICE, (_, index: string, options: string) => {
      const first = options.split(',')[0];
      defaults.set(index, first);
      return first;
    });
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(PLACEHOLDER, (_, index: string, fallback: string) => {
      defaults.set(index, fallback);
      return fallback;
    });
  }
  text = text.replace(MIRROR_OR_STOP, (_, braced: string | undefined, bare: string | undefined) => defaults.get(braced ?? bare!) ?? '');
  if (/\$[{\dA-Z_]/.test(text)) throw new Error(`片段语法未完全展开：${text}`);
  return text;
}
