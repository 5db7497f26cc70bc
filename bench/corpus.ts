import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The shared corpus sits beside the repository (../shared), never inside it: its text is not ours to copy. */
export const SHARED = resolve(__dirname, '..', '..', 'shared');

/** The corpus paragraphs (non-empty lines), the raw material of generated drafts. */
export function corpusParagraphs(): string[] {
  return paragraphsIn('corpus');
}

/**
 * Paragraphs of the clean official text (eval/clean), the raw material of generated term entries: a
 * different document from the drafts', sharing the vocabulary of official writing as a real base would.
 */
export function cleanParagraphs(): string[] {
  return paragraphsIn(join('eval', 'clean'));
}

function paragraphsIn(subfolder: string): string[] {
  const folder = join(SHARED, subfolder);
  if (!existsSync(folder)) {
    throw new Error(`找不到 ${folder}：基准测试用 ../shared 中的文本生成文稿和词条（the benchmark reads ../shared/${subfolder}）`);
  }
  const paragraphs: string[] = [];
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.txt')).sort()) {
    for (const line of readFileSync(join(folder, name), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/)) {
      const trimmed = line.trim();
      if (trimmed.length > 0) paragraphs.push(trimmed);
    }
  }
  return paragraphs;
}
