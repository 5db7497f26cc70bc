import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { lint, loadBuiltinTerms, parseTermFile, TermBase, type FileKind, type Finding, type RuleLevel } from '../../server/src/core';

let builtin: TermBase | undefined;

/** The built-in term base, compiled from terminology/*.yaml once per test process. */
export function builtinTerms(): TermBase {
  builtin ??= TermBase.fromFiles([loadBuiltinTerms()]);
  return builtin;
}

/** A term base from YAML text alone (no built-in entries), failing on any problem unless allowed. */
export function termBaseFrom(yaml: string, options: { allowProblems?: boolean } = {}): TermBase {
  const parsed = parseTermFile(yaml, 'test.yaml');
  const base = TermBase.fromFiles([parsed.termFile]);
  const problems = [...parsed.problems, ...base.problems];
  if (!options.allowProblems && problems.length > 0) throw new Error(problems.map((p) => `${p.line}: ${p.message}`).join('\n'));
  return base;
}

export function findingsOf(
  text: string,
  options: { kind?: FileKind; terms?: TermBase; rules?: Record<string, RuleLevel>; only?: string } = {},
): Finding[] {
  const result = lint(text, { kind: options.kind ?? 'plaintext', terms: options.terms ?? builtinTerms(), rules: options.rules });
  if (result.failures.length > 0) throw result.failures[0].error;
  return options.only ? result.findings.filter((f) => f.ruleId === options.only || f.ruleId.startsWith(`${options.only}/`)) : result.findings;
}

export const REPO = resolve(__dirname, '../..');

/**
 * The shared folder beside the repo (../shared), or a skip reason. In CI a missing folder is an error:
 * tests that need it must not pass silently.
 */
export function sharedFolder(): { path: string; skip: false } | { path: ''; skip: string } {
  const path = resolve(REPO, '..', 'shared');
  if (existsSync(join(path, 'corpus'))) return { path, skip: false };
  if (process.env.CI === 'true') throw new Error(`CI=true 但找不到 ${path}：需要 ../shared 中的语料和评测文本`);
  const reason = `跳过：找不到 ${path}（../shared），无法读取语料和评测文本`;
  console.log(reason);
  return { path: '', skip: reason };
}
