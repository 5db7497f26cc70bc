import { lineColumn, SEVERITY_LABEL, type FileReport } from '../report';

const paint = (code: number, on: boolean) => (text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);

/** Grouped by file, `line:column`, 简体中文, like eslint's stylish; colour only on a terminal. */
export function formatStylish(reports: readonly FileReport[], color: boolean): string {
  const red = paint(31, color);
  const yellow = paint(33, color);
  const blue = paint(34, color);
  const dim = paint(2, color);
  const underline = paint(4, color);
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixable = 0;
  for (const report of reports) {
    if (report.findings.length === 0) continue;
    out.push(underline(report.filePath));
    for (const f of report.findings) {
      const { line, column } = lineColumn(report.lines, f.start);
      const label = SEVERITY_LABEL[f.severity];
      const level = f.severity === 'error' ? red(label) : f.severity === 'warning' ? yellow(label) : blue(label);
      const fix = f.fixes.length === 0 ? '' : f.term ? `  ${f.matched} → ${f.term.expected}` : `  ${f.fixes[0].title}`;
      out.push(`  ${dim(`${line}:${column}`)}  ${level}  ${f.message}${dim(fix)}  ${dim(f.ruleId)}`);
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
      else infos++;
      if (f.fixes.length > 0) fixable++;
    }
    out.push('');
  }
  const total = errors + warnings + infos;
  if (total === 0) return '';
  const summary = `✖ 共 ${total} 个问题（${errors} 个错误，${warnings} 个警告，${infos} 个提示），其中 ${fixable} 个可用 --fix 自动修复`;
  out.push(errors > 0 ? red(summary) : yellow(summary));
  return out.join('\n') + '\n';
}
