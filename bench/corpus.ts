import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The shared corpus sits beside the repository (../shared), never inside it: its text is not ours to copy. */
export const SHARED = resolve(__dirname, '..', '..', 'shared');

/** The corpus paragraphs (non-empty lines), the raw material of generated drafts. */
export function corpusParagraphs(): string[] {
  const folder = join(SHARED, 'corpus');
  if (!existsSync(folder)) {
    throw new Error(`找不到语料目录 ${folder}：基准测试用语料段落生成文稿（the benchmark builds drafts from ../shared/corpus）`);
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
