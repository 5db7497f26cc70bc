import { existsSync } from 'node:fs';
import { keepReadingsIn } from './input/readingCache';
import { keepNearMissIndexesIn } from './match/nearMissIndexCache';
import { keepTermMatchersIn } from './terminology/matchersCache';

/**
 * Keeps in `folder`, when it exists, what a large term base costs to derive on every start: the term
 * files' readings, the automata and the near-miss indexes. The CLI and the language server keep them beside
 * their code cache (dist/.cache); from source (tests) there is none, and nothing is kept.
 */
export function keepDerivedDataIn(folder: string): void {
  if (!existsSync(folder)) return;
  keepReadingsIn(folder);
  keepNearMissIndexesIn(folder);
  keepTermMatchersIn(folder);
}
