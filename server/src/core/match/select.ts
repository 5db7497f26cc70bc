/** Keeps the leftmost, then longest, of overlapping candidates: the usual choice of a dictionary matcher. */
export function leftmostLongest<T extends { start: number; end: number }>(candidates: readonly T[]): T[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  let reached = -1;
  for (const candidate of sorted) {
    if (candidate.start >= reached) {
      kept.push(candidate);
      reached = candidate.end;
    }
  }
  return kept;
}
