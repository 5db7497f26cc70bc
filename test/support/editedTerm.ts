/**
 * A term with one edit at position `at` (modulo its length), for property tests of near misses: 0 a
 * character doubled, 1 left out, 2 swapped with the next, 3 `char` inserted before it, 4 it replaced by
 * `char`; any other edit (or a swap at the last character) leaves the term as written.
 */
export function editedTerm(term: string, edit: number, at: number, char: string): string {
  const i = at % term.length;
  switch (edit) {
    case 0:
      return term.slice(0, i + 1) + term.slice(i);
    case 1:
      return term.slice(0, i) + term.slice(i + 1);
    case 2:
      return i + 1 < term.length ? term.slice(0, i) + term[i + 1] + term[i] + term.slice(i + 2) : term;
    case 3:
      return term.slice(0, i) + char + term.slice(i);
    case 4:
      return term.slice(0, i) + char + term.slice(i + 1);
    default:
      return term;
  }
}
