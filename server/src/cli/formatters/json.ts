import type { Severity } from '../../core';
import { lineColumn, type FileReport } from '../report';

/** textlint's severity numbers. */
const SEVERITY: Record<Severity, number> = { warning: 1, error: 2, info: 3 };

/** The shape of textlint's json formatter, so that tools reading textlint output read ours. */
export function formatJson(reports: readonly FileReport[]): string {
  return JSON.stringify(
    reports.map((report) => ({
      filePath: report.filePath,
      messages: report.findings.map((f) => {
        const start = lineColumn(report.lines, f.start);
        const end = lineColumn(report.lines, f.end);
        const message: Record<string, unknown> = {
          type: 'lint',
          ruleId: f.ruleId,
          message: f.message,
          index: f.start,
          line: start.line,
          column: start.column,
          range: [f.start, f.end],
          loc: { start, end },
          severity: SEVERITY[f.severity],
        };
        if (f.fixes.length > 0) message.fix = { range: [f.fixes[0].start, f.fixes[0].end], text: f.fixes[0].text };
        return message;
      }),
    })),
    null,
    2,
  ) + '\n';
}
