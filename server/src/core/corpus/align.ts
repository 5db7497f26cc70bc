/**
 * Edit distance of a quotation against the best-matching stretch of a source (semi-global alignment:
 * the quotation is aligned whole, the source may start and end anywhere). O(|quote|·|source|): callers
 * pass short sources (one paragraph) that an index has already picked.
 */
export interface Alignment {
  distance: number;
  /** The aligned stretch of the source, [start, end) in its code units. */
  start: number;
  end: number;
}

/**
 * The good alignments, one per end position within one edit of the least distance, leftmost first: a
 * changed last word costs about as much as a dropped one, and only the caller knows where the source's
 * clauses end.
 */
export function alignInside(quote: string, source: string): Alignment[] {
  const n = quote.length;
  const m = source.length;
  // prev[j]: distance of quote[0..i) against some stretch of the source ending at j; from[j]: its start.
  let prev = new Int32Array(m + 1);
  let prevFrom = Int32Array.from({ length: m + 1 }, (_, j) => j);
  let cur = new Int32Array(m + 1);
  let curFrom = new Int32Array(m + 1);
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    curFrom[0] = 0;
    for (let j = 1; j <= m; j++) {
      const substitute = prev[j - 1] + (quote.charCodeAt(i - 1) === source.charCodeAt(j - 1) ? 0 : 1);
      const skipQuote = prev[j] + 1;
      const skipSource = cur[j - 1] + 1;
      if (substitute <= skipQuote && substitute <= skipSource) {
        cur[j] = substitute;
        curFrom[j] = prevFrom[j - 1];
      } else if (skipQuote <= skipSource) {
        cur[j] = skipQuote;
        curFrom[j] = prevFrom[j];
      } else {
        cur[j] = skipSource;
        curFrom[j] = curFrom[j - 1];
      }
    }
    [prev, cur] = [cur, prev];
    [prevFrom, curFrom] = [curFrom, prevFrom];
  }
  let least = Infinity;
  for (let j = 1; j <= m; j++) least = Math.min(least, prev[j]);
  const good: Alignment[] = [];
  for (let j = 1; j <= m; j++) if (prev[j] <= least + 1) good.push({ distance: prev[j], start: prevFrom[j], end: j });
  return good;
}

/** One step of turning a into b: keep or replace a's character, drop it, or insert one of b's. */
export type EditStep = { op: 'keep' } | { op: 'replace'; char: string } | { op: 'delete' } | { op: 'insert'; char: string };

/** A shortest edit script from a to b (Levenshtein with traceback), in order. */
export function editScript(a: string, b: string): EditStep[] {
  const width = b.length + 1;
  const cost = new Int32Array((a.length + 1) * width);
  for (let i = 0; i <= a.length; i++) cost[i * width] = i;
  for (let j = 0; j <= b.length; j++) cost[j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const same = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cost[i * width + j] = Math.min(cost[(i - 1) * width + j - 1] + same, cost[(i - 1) * width + j] + 1, cost[i * width + j - 1] + 1);
    }
  }
  const steps: EditStep[] = [];
  let i = a.length;
  let j = b.length;
  while (i > 0 || j > 0) {
    const here = cost[i * width + j];
    if (i > 0 && j > 0 && here === cost[(i - 1) * width + j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)) {
      steps.push(a[i - 1] === b[j - 1] ? { op: 'keep' } : { op: 'replace', char: b[j - 1] });
      i--;
      j--;
    } else if (i > 0 && here === cost[(i - 1) * width + j] + 1) {
      steps.push({ op: 'delete' });
      i--;
    } else {
      steps.push({ op: 'insert', char: b[j - 1] });
      j--;
    }
  }
  return steps.reverse();
}
