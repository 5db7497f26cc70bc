import { resolve } from 'node:path';
import type { InputProblem } from '../types';
import { CorpusIndex } from './quoteIndex';
import { folderSignature, readCorpusFolder } from './read';

const indexes = new Map<string, { signature: string; index: CorpusIndex; problems: InputProblem[] }>();

/**
 * The quotation index of each corpus folder, built once per folder and rebuilt only when its files
 * change (names, sizes, modification times), so that every draft of a session shares it.
 */
export function corpusIndexes(folders: readonly string[]): { indexes: CorpusIndex[]; problems: InputProblem[] } {
  const found: CorpusIndex[] = [];
  const problems: InputProblem[] = [];
  for (const folder of folders.map((f) => resolve(f))) {
    const signature = folderSignature(folder);
    let cached = indexes.get(folder);
    if (!cached || cached.signature !== signature) {
      const { texts, problems: readProblems } = readCorpusFolder(folder);
      cached = { signature, index: new CorpusIndex(texts), problems: readProblems };
      indexes.set(folder, cached);
    }
    problems.push(...cached.problems);
    found.push(cached.index);
  }
  return { indexes: found, problems };
}
