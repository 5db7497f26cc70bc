import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver/node';
import type { InputProblem, RuleFailure } from '../core';
import type { Translate } from './i18n';
import { background } from './background';

/**
 * Broken config or term files: every problem goes to the output channel with file:line, and the user gets
 * one notification per distinct set of problems (not one per keystroke or per document).
 */
export class ProblemReporter {
  private readonly shown = new Set<string>();
  private readonly loggedFailures = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly t: Translate,
  ) {}

  report(problems: readonly InputProblem[]): void {
    if (problems.length === 0) return;
    const lines = problems.map(formatProblem);
    const key = [...new Set(lines)].sort().join('\n');
    if (this.shown.has(key)) return;
    this.shown.add(key);
    for (const line of lines) this.connection.console.error(line);
    const first = lines[0];
    const message = this.t(
      `Tifa：配置或术语文件有 ${problems.length} 个问题（${first}${problems.length > 1 ? ' 等' : ''}），详见“输出”面板；内置检查照常进行。`,
      `Tifa: ${problems.length} problem(s) in config or term files (${first}${problems.length > 1 ? ', …' : ''}); see the Output panel. Built-in checks keep running.`,
    );
    background(this.connection, this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }));
  }

  /** A rule that threw: logged once per rule and message, the other rules' findings still arrive. */
  reportFailures(failures: readonly RuleFailure[], file: string): void {
    for (const { ruleId, error } of failures) {
      const key = `${ruleId}\n${error.message}`;
      if (this.loggedFailures.has(key)) continue;
      this.loggedFailures.add(key);
      this.connection.console.error(this.t(`规则 ${ruleId} 在检查 ${file} 时出错：${error.stack ?? error.message}`, `Rule ${ruleId} failed on ${file}: ${error.stack ?? error.message}`));
    }
  }
}

export function formatProblem(problem: InputProblem): string {
  return problem.line > 0 ? `${problem.file}:${problem.line}: ${problem.message}` : `${problem.file}: ${problem.message}`;
}
