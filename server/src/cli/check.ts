import { relative } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { fixAll, LineIndex, Project, type InputProblem, type LintResult } from '../core';
import { expandPaths, UsageError } from './files';
import { formatJson } from './formatters/json';
import { formatSarif } from './formatters/sarif';
import { formatStylish } from './formatters/stylish';
import { formatProblem, type FileReport } from './report';
import { readTextFile, TextFileError, writeTextFile, type TextFile } from './textFile';

export interface CheckOptions {
  format: 'stylish' | 'json' | 'sarif';
  fix: boolean;
  fixDryRun: boolean;
  stdin: boolean;
  stdinFilename?: string;
  color: boolean;
}

export interface Io {
  cwd: string;
  readStdin(): Promise<string>;
  out(text: string): void;
  err(text: string): void;
}

/** Exit codes: 0 nothing at error level, 1 something is, 2 usage, config or I/O errors. */
export async function runCheck(paths: string[], options: CheckOptions, io: Io): Promise<number> {
  const project = new Project();
  const reports: FileReport[] = [];
  const problems = new Map<string, InputProblem>();
  const ioErrors: string[] = [];
  const lintWith = (path: string, text: string): LintResult => {
    const result = project.lintFile(path, text);
    for (const p of result.problems) problems.set(`${p.file}:${p.line}:${p.message}`, p);
    for (const failure of result.failures) ioErrors.push(`规则 ${failure.ruleId} 出错：${failure.error.message}`);
    return result;
  };

  if (options.stdin) {
    const name = options.stdinFilename ?? 'stdin.md';
    const text = await io.readStdin();
    if (options.fix || options.fixDryRun) {
      const fixed = fixAll(text, (t) => lintWith(name, t).findings).text;
      io.out(options.fixDryRun ? patch(name, text, fixed) : fixed);
    } else {
      reports.push({ filePath: name, lines: new LineIndex(text), findings: lintWith(name, text).findings });
    }
  } else {
    if (paths.length === 0) throw new UsageError('请指定要检查的文件或目录，例如：tifa check examples/');
    const files = (await expandPaths(paths, io.cwd)).filter((f) => !project.isIgnored(f));
    // Resolve every file's config first, so that a broken one stops --fix before anything is written.
    for (const path of files) for (const p of project.settingsFor(path).problems) problems.set(`${p.file}:${p.line}:${p.message}`, p);
    for (const path of files) {
      const shown = relative(io.cwd, path) || path;
      let file: TextFile;
      try {
        file = readTextFile(path);
      } catch (error) {
        ioErrors.push(error instanceof TextFileError ? error.message : `${shown}：无法读取（${(error as Error).message}）`);
        continue;
      }
      let text = file.text;
      if (options.fix || options.fixDryRun) {
        const fixed = fixAll(text, (t) => lintWith(path, t).findings).text;
        if (fixed !== text) {
          if (options.fixDryRun) io.out(patch(shown, text, fixed));
          else if (problems.size === 0) {
            try {
              writeTextFile(file, fixed);
              text = fixed;
            } catch (error) {
              ioErrors.push((error as Error).message);
            }
          }
        }
      }
      if (!options.fixDryRun) reports.push({ filePath: shown, lines: new LineIndex(text), findings: lintWith(path, text).findings });
    }
  }

  for (const problem of problems.values()) io.err(`tifa: ${formatProblem(problem)}\n`);
  for (const message of ioErrors) io.err(`tifa: ${message}\n`);
  if (problems.size > 0 && options.fix) io.err('tifa: 因配置或术语文件有错误，未写入任何修复\n');

  if (!options.fixDryRun && !(options.stdin && options.fix)) {
    if (options.format === 'json') io.out(formatJson(reports));
    else if (options.format === 'sarif') io.out(formatSarif(reports));
    else io.out(formatStylish(reports, options.color));
  }
  if (problems.size > 0 || ioErrors.length > 0) return 2;
  return reports.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

function patch(name: string, before: string, after: string): string {
  return createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, '', '', { context: 3 });
}
