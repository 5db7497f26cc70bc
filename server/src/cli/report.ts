import type { Finding, InputProblem, LineIndex } from '../core';

/** One checked file, as every formatter sees it. */
export interface FileReport {
  /** As given to or found by the CLI (relative to cwd where possible). */
  filePath: string;
  lines: LineIndex;
  findings: Finding[];
}

/** 1-based line and column (UTF-16 code units) of an offset. */
export function lineColumn(lines: LineIndex, offset: number): { line: number; column: number } {
  const p = lines.position(offset);
  return { line: p.line + 1, column: p.column + 1 };
}

export function formatProblem(problem: InputProblem): string {
  return problem.line > 0 ? `${problem.file}:${problem.line}: ${problem.message}` : `${problem.file}: ${problem.message}`;
}

export const SEVERITY_LABEL = { error: '错误', warning: '警告', info: '提示' } as const;
