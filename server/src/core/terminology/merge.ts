import type { InputProblem } from '../types';
import type { TermEntry, TermFile } from './entry';
import { duplicateProblem } from './safety';

/**
 * The entries of a stack of term files, merged: a later file's entry replaces an earlier one with the
 * same expected form (and takes its place at the end), a file's `disable` list removes earlier entries,
 * and an entry defined twice in one file is reported. `from` says, per merged entry, which file it came
 * from and its number there.
 */
export function mergeEntries(files: readonly TermFile[]): {
  entries: TermEntry[];
  problems: InputProblem[];
  from: { files: Int32Array; numbers: Int32Array };
  byExpected: Map<string, TermEntry>;
} {
  const problems: InputProblem[] = [];
  const merged = new Map<string, TermEntry>();
  /** Per entry merged, its file's number and its number there. */
  const where = new Map<TermEntry, [number, number]>();
  files.forEach((file, f) => {
    for (const expected of file.disable) merged.delete(expected);
    // By index: see numbered() in nearMissIndexCache.ts.
    for (let i = 0; i < file.entries.length; i++) {
      const entry = file.entries[i];
      const earlier = merged.get(entry.expected);
      if (earlier) {
        // Defined twice in one file: the later one wins, the earlier is reported.
        if (earlier.origin.file === entry.origin.file) problems.push(duplicateProblem(earlier, entry));
        merged.delete(entry.expected); // keep the overriding entry's position at the end
      }
      merged.set(entry.expected, entry);
      where.set(entry, [f, i]);
    }
  });
  const entries = [...merged.values()];
  const fileNumbers = new Int32Array(entries.length);
  const numbers = new Int32Array(entries.length);
  entries.forEach((entry, i) => ([fileNumbers[i], numbers[i]] = where.get(entry)!));
  return { entries, problems, from: { files: fileNumbers, numbers }, byExpected: merged };
}
