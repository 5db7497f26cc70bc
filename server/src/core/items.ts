/**
 * Values by number: an array, or a list that makes each when first asked for (a large term base's
 * entries read back from disk, see terminology/load.ts). The automata, the wrong forms' matcher and the
 * near-miss index take their values this way, so that a run makes only the entries it matches.
 */
export interface Items<T> {
  readonly length: number;
  at(index: number): T | undefined;
}

/** Every item in order, in an array: a list that makes its items when asked makes them all. */
export function allItems<T>(items: Items<T>): T[] {
  return Array.from({ length: items.length }, (_, i) => items.at(i)!);
}
