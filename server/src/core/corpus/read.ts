import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { InputProblem } from '../types';
import type { CorpusText } from './source';

const CORPUS_FILE = /\.(txt|md|markdown)$/i;

/**
 * Every .txt/.md file under `folder` (recursively, hidden folders and node_modules skipped), in name
 * order so that everything built from it is deterministic. An unreadable file is reported and skipped.
 */
export function readCorpusFolder(folder: string): { texts: CorpusText[]; problems: InputProblem[] } {
  const texts: CorpusText[] = [];
  const problems: InputProblem[] = [];
  const visit = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (error) {
      problems.push({ file: dir, line: 0, message: `无法读取语料目录：${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
      return;
    }
    for (const name of names) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const path = join(dir, name);
      let isDirectory: boolean;
      try {
        isDirectory = statSync(path).isDirectory();
      } catch {
        continue;
      }
      if (isDirectory) visit(path);
      else if (CORPUS_FILE.test(name)) {
        try {
          texts.push({ file: relative(folder, path).split('\\').join('/'), text: decode(readFileSync(path)) });
        } catch (error) {
          problems.push({ file: path, line: 0, message: `无法读取语料文件：${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
        }
      }
    }
  };
  visit(folder);
  return { texts, problems };
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const GB18030 = new TextDecoder('gb18030');

/** UTF-8 as the norm; a file that is not valid UTF-8 is read as GB18030 (GBK/GB2312 files of Chinese offices). */
function decode(bytes: Buffer): string {
  try {
    return UTF8.decode(bytes); // TextDecoder drops a BOM itself
  } catch {
    return GB18030.decode(bytes);
  }
}

/** A cheap fingerprint of a corpus folder (names, sizes, modification times): a changed corpus is re-indexed. */
export function folderSignature(folder: string): string {
  const parts: string[] = [];
  const visit = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const path = join(dir, name);
      try {
        const stat = statSync(path);
        if (stat.isDirectory()) visit(path);
        else if (CORPUS_FILE.test(name)) parts.push(`${path}:${stat.size}:${stat.mtimeMs}`);
      } catch {
        // A file that vanished between listing and stat is simply not part of the corpus.
      }
    }
  };
  visit(folder);
  return parts.join('\n');
}
