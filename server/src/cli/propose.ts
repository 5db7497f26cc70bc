import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadBuiltinTerms, readTermFiles, TermBase } from '../core';
import { readCorpusFolder } from '../core/corpus/read';
import { proposeTerms, renderReviewSheet } from '../core/corpus/propose';
import type { Io } from './check';
import { UsageError } from './files';
import { formatProblem } from './report';

export interface ProposeOptions {
  /** Where to write; `.md` gets the review sheet, anything else JSON. Without it the sheet goes to stdout. */
  out?: string;
  format?: 'json' | 'markdown';
  /** Term files stacked on the built-in base, to mark what is already there. */
  terms: string[];
}

/** `tifa terms propose <corpus folder…>`: term candidates with counts and every file:line. */
export function runTermsPropose(folders: string[], options: ProposeOptions, io: Io): number {
  if (folders.length === 0) throw new UsageError('请指定语料目录，例如：tifa terms propose ../shared/corpus');
  const { files, problems } = readTermFiles(options.terms.map((p) => resolve(io.cwd, p)));
  const base = TermBase.fromFiles([loadBuiltinTerms(), ...files], { runSpecs: false });
  const texts = [];
  for (const folder of folders) {
    const read = readCorpusFolder(resolve(io.cwd, folder));
    problems.push(...read.problems);
    texts.push(...read.texts.map((t) => (folders.length > 1 ? { ...t, file: `${folder.replace(/\/+$/, '')}/${t.file}` } : t)));
  }
  for (const problem of problems) io.err(`tifa: ${formatProblem(problem)}\n`);
  if (texts.length === 0) {
    io.err('tifa: 语料目录中没有 .txt 或 .md 文件\n');
    return 2;
  }
  const proposal = proposeTerms(texts, base);
  const format = options.format ?? (options.out && !/\.md$/i.test(options.out) ? 'json' : 'markdown');
  const rendered = format === 'json' ? `${JSON.stringify(proposal, null, 2)}\n` : renderReviewSheet(proposal);
  if (options.out) {
    writeFileSync(resolve(io.cwd, options.out), rendered);
    io.err(`tifa: ${proposal.candidates.length} 个候选 → ${options.out}\n`);
  } else io.out(rendered);
  return problems.length > 0 ? 2 : 0;
}
