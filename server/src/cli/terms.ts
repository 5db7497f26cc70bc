import { loadBuiltinTerms, readTermFiles, TermBase, type TermEntry } from '../core';
import { yamlLibrary } from '../core/input/yamlLibrary';
import { formatProblem } from './report';
import type { Io } from './check';

/**
 * `tifa terms check [files]`: schema, safety checks and specs of the built-in base, or of the given
 * files stacked on it. Exit 0 when clean, 1 when there are problems.
 */
export function runTermsCheck(paths: string[], io: Io): number {
  const builtin = loadBuiltinTerms();
  const { files, problems } = readTermFiles(paths);
  const base = TermBase.fromFiles([builtin, ...files]);
  const all = [...problems, ...base.problems];
  for (const problem of all) io.err(`${formatProblem(problem)}\n`);
  const checked = paths.length > 0 ? paths.join('、') : '内置术语库';
  const specs = base.entries.reduce((n, e) => n + e.specs.length, 0);
  io.out(`${checked}：${base.entries.length} 个词条，${specs} 个自测用例，${all.length === 0 ? '全部通过' : `${all.length} 个问题`}\n`);
  return all.length === 0 ? 0 : 1;
}

/** `tifa terms export --format prh`: the base as plain prh YAML, for textlint-rule-prh users. */
export function runTermsExport(paths: string[], io: Io): number {
  const { files, problems } = readTermFiles(paths);
  for (const problem of problems) io.err(`${formatProblem(problem)}\n`);
  const base = TermBase.fromFiles([loadBuiltinTerms(), ...files], { runSpecs: false });
  const rules = base.entries.filter((e) => e.patterns.length > 0).map(toPrh);
  io.out(`# Tifa 术语库，导出为 prh 格式（共 ${rules.length} 条有错误写法的词条）\n` + yamlLibrary().stringify({ version: 1, rules }, { lineWidth: 0 }));
  return problems.length === 0 ? 0 : 2;
}

function toPrh(entry: TermEntry): Record<string, unknown> {
  const rule: Record<string, unknown> = { expected: entry.expected, patterns: entry.patterns };
  if (entry.regexpMustEmpty !== undefined) rule.regexpMustEmpty = entry.regexpMustEmpty;
  if (entry.options !== undefined) rule.options = entry.options;
  if (entry.specs.length > 0) rule.specs = entry.specs;
  const prh = entry.prh ?? entry.definition;
  if (prh !== undefined) rule.prh = prh;
  return rule;
}
