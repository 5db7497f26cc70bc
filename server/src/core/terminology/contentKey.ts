import type { TermFile } from './entry';

/**
 * A key for what a stack of term files merges into, as far as the data derived from it and kept on
 * disk depends on it (the automata, the near-miss index): two stacks with the same key merge into the
 * same entries, in the same order, with the same expected forms, patterns, word-boundary options and
 * typo flags.
 *
 * A file with a token (see TermFile.token) stands for itself by it. Others, small files and files kept
 * nowhere, stand for themselves by those fields of their entries and by their disable list, the only
 * parts of a file that change which entries merge. JSON, so that no two different stacks share a key
 * and a token never equals a file's fields.
 */
export function contentKeyOf(files: readonly TermFile[]): string {
  return JSON.stringify(
    files.map(
      (file) =>
        file.token ?? [file.disable, file.entries.map((entry) => [entry.expected, entry.patterns, entry.options?.wordBoundary === true, entry.typo !== false])],
    ),
  );
}
