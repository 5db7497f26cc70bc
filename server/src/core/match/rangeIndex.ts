/**
 * Ranges sorted by start, for "which of them overlap [start, end)?" in logarithmic time: a long paragraph
 * has hundreds of term matches and near-miss candidates, and comparing every pair was quadratic.
 */
export class RangeIndex<T extends { start: number; end: number }> {
  private readonly sorted: T[];
  private readonly longest: number;

  constructor(ranges: readonly T[]) {
    this.sorted = [...ranges].sort((a, b) => a.start - b.start);
    this.longest = ranges.reduce((n, r) => Math.max(n, r.end - r.start), 0);
  }

  /** Does some range overlapping [start, end) satisfy `test` (every overlapping one when omitted)? */
  someOverlapping(start: number, end: number, test: (range: T) => boolean = () => true): boolean {
    // No range longer than `longest` exists, so none starting before start − longest can reach start.
    let lo = 0;
    let hi = this.sorted.length;
    const from = start - this.longest;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid].start <= from) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.sorted.length && this.sorted[i].start < end; i++) {
      const range = this.sorted[i];
      if (range.end > start && test(range)) return true;
    }
    return false;
  }
}
