import { stringify } from 'yaml';
import { TermBase, type TermEntry, type TermFile } from '../server/src/core';
import { Random } from './random';

/**
 * Larger term bases for the scaling figures: the built-in base plus generated entries until it has
 * `factor` times as many. A generated entry is a 4–8 character run of Han text taken from `paragraphs`
 * (the clean official text for the realistic bases: its phrases partly occur in the drafts, as a real base's
 * do; the drafts' own corpus for the worst case, where nearly every position starts a term) whose wrong
 * form swaps two neighbouring characters. Entries the term base's own safety checks would drop are left out, so every base loads clean.
 */
export function generatedTermFile(builtin: TermFile, factor: number, paragraphs: readonly string[], seed = 7, name = `generated-x${factor}`): TermFile {
  const file = `${name}.yaml`;
  const wanted = builtin.entries.length * (factor - 1);
  const random = new Random(seed + factor);
  const taken = new Set(builtin.entries.flatMap((e) => [e.expected, ...e.patterns]));
  const hanRuns = paragraphs.flatMap((p) => p.match(/[\u4e00-\u9fff]{4,}/g) ?? []);
  let entries: TermEntry[] = [];
  for (let attempts = 0; entries.length < wanted && attempts < wanted * 50; attempts++) {
    const run = random.pick(hanRuns);
    const length = random.int(4, Math.min(8, run.length));
    const from = random.int(0, run.length - length);
    const expected = run.slice(from, from + length);
    const at = random.int(0, length - 2);
    if (expected[at] === expected[at + 1]) continue;
    const wrong = expected.slice(0, at) + expected[at + 1] + expected[at] + expected.slice(at + 2);
    if (taken.has(expected) || taken.has(wrong)) continue;
    taken.add(expected);
    taken.add(wrong);
    entries.push({ expected, patterns: [wrong], specs: [], category: '生成词条', origin: { file, line: entries.length + 1 } });
  }
  // Drop what the safety checks reject (a wrong form inside another entry's canonical form, …).
  for (;;) {
    const rejected = new Set(TermBase.fromFiles([builtin, { file, entries, ignore: [], disable: [] }], { runSpecs: false }).problems.filter((p) => p.file === file).map((p) => p.line));
    if (rejected.size === 0) break;
    entries = entries.filter((e) => !rejected.has(e.origin.line)).map((e, i) => ({ ...e, origin: { file, line: i + 1 } }));
  }
  return { file, entries, ignore: [], disable: [] };
}

/**
 * The paragraphs with each one's characters shuffled (seeded): the same characters at the same
 * frequencies, the phrases gone. Terms generated from them hardly ever occur in a draft, which tells the
 * cost of a bigger base apart from the cost of its terms' occurrences in the text.
 */
export function shuffledParagraphs(paragraphs: readonly string[], seed = 11): string[] {
  const random = new Random(seed);
  return paragraphs.map((paragraph) => {
    const chars = [...paragraph];
    for (let i = chars.length - 1; i > 0; i--) {
      const j = random.int(0, i);
      [chars[i], chars[j]] = [chars[j], chars[i]];
    }
    return chars.join('');
  });
}

/** The generated entries as a term-base YAML file, for the CLI (through .tifarc.yaml) and for export to prh. */
export function termFileYaml(termFile: TermFile): string {
  return stringify({ version: 1, rules: termFile.entries.map((e) => ({ expected: e.expected, patterns: e.patterns })) }, { lineWidth: 0 });
}
