/**
 * `node --import tsx bench/snapshot.ts [out.json]`: every finding (rule, range, fix) the engine reports on
 * the benchmark drafts with each benchmark term base, on ../shared/corpus and on ../shared/eval/clean, with
 * one digest per case. A speed change must leave every digest as it was: compare two runs' digests, or
 * diff the JSON files to see what moved.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, loadBuiltinTerms, TermBase, type Finding } from '../server/src/core';
import { cleanParagraphs, corpusParagraphs, SHARED } from './corpus';
import { buildDraft } from './drafts';
import { generatedTermFile } from './termBases';

const out = process.argv[2];
const builtinFile = loadBuiltinTerms();
const paragraphs = corpusParagraphs();
const clean = cleanParagraphs();
const bases = {
  builtin: TermBase.fromFiles([builtinFile]),
  x10: TermBase.fromFiles([builtinFile, generatedTermFile(builtinFile, 10, clean)]),
  x100: TermBase.fromFiles([builtinFile, generatedTermFile(builtinFile, 100, clean)]),
  x10worst: TermBase.fromFiles([builtinFile, generatedTermFile(builtinFile, 10, paragraphs, 7, 'worst-x10')]),
};
const draft = buildDraft('1 MB', 1024 * 1024, paragraphs, builtinFile.entries);
const sharedTexts = ['corpus', join('eval', 'clean')].flatMap((folder) =>
  readdirSync(join(SHARED, folder))
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name: `${folder}/${name}`, text: readFileSync(join(SHARED, folder, name), 'utf8') })),
);

const summary = (f: Finding) => ({ rule: f.ruleId, start: f.start, end: f.end, fixes: f.fixes.map((x) => [x.start, x.end, x.text]) });
const cases: Record<string, ReturnType<typeof summary>[]> = {};
for (const [label, terms] of Object.entries(bases)) {
  cases[`draft-1MB ${label}`] = lint(draft.text, { kind: 'markdown', terms }).findings.map(summary);
}
for (const { name, text } of sharedTexts) {
  for (const kind of ['markdown', 'plaintext'] as const) cases[`${name} ${kind}`] = lint(text, { kind, terms: bases.builtin }).findings.map(summary);
}
for (const [label, findings] of Object.entries(cases)) {
  const digest = createHash('sha256').update(JSON.stringify(findings)).digest('hex').slice(0, 16);
  console.log(`${digest}  ${String(findings.length).padStart(6)}  ${label}`);
}
if (out) writeFileSync(out, JSON.stringify(cases, null, 1));
