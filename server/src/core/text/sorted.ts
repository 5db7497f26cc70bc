/**
 * In ascending `sorted`, the last index whose number is at most `value`: the line of an offset among line
 * starts, the term of a pool offset among term starts. 0 when none is (such lists start at 0).
 */
export function lastAtOrBefore(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid] <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
