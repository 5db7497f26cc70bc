/**
 * Measures term/typo: recall on generated mistakes (every eligible term of the built-in base, each kind of
 * edit, in a neutral sentence) and false alarms on real text (the corpus and the clean report in ../shared).
 * Usage: node --import tsx scripts/measure-typo.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pinyin } from 'pinyin-pro';
import { lint, loadBuiltinTerms, TermBase } from '../server/src/core';
import { termTypo } from '../server/src/core/rules/term-typo';
import { MIN_TERM_LENGTH } from '../server/src/core/match/nearMiss';

const terms = TermBase.fromFiles([loadBuiltinTerms()]);
const typos = (text: string) => lint(text, { kind: 'plaintext', terms, ruleSet: [termTypo] }).findings;

// A sound-alike for a character: another character of the base with the same toneless reading.
const pool = [...new Set(terms.entries.map((e) => e.expected).join('').replace(/[^\u4e00-\u9fff]/g, ''))];
const reading = (c: string) => pinyin(c, { toneType: 'none' });
const soundAlike = new Map(pool.flatMap((c) => pool.filter((d) => d !== c && reading(d) === reading(c)).slice(0, 1).map((d) => [c, d] as const)));

const eligible = terms.entries.filter((e) => e.typo !== false && e.expected.length >= MIN_TERM_LENGTH && /^[\u4e00-\u9fff]+$/.test(e.expected));
const recall = new Map<string, [number, number]>();
for (const { expected: x } of eligible) {
  const mid = Math.floor(x.length / 2);
  const at = [...x].findIndex((c) => soundAlike.has(c));
  const mistakes: [string, string][] = [
    ['duplicate', x.slice(0, mid + 1) + x.slice(mid)],
    ['missing', x.slice(0, mid) + x.slice(mid + 1)],
    ['swapped', x.slice(0, mid) + x[mid + 1] + x[mid] + x.slice(mid + 2)],
    ['extra', x.slice(0, mid) + '务' + x.slice(mid)],
  ];
  if (at >= 0) mistakes.push(['soundAlike', x.slice(0, at) + soundAlike.get(x[at]) + x.slice(at + 1)]);
  for (const [kind, wrong] of mistakes) {
    if (wrong === x) continue;
    const hit = typos(`我们要坚持${wrong}，久久为功。`).some((f) => f.term?.expected === x);
    const [found, all] = recall.get(kind) ?? [0, 0];
    recall.set(kind, [found + (hit ? 1 : 0), all + 1]);
  }
}
console.log(`术语库 ${terms.entries.length} 个词条，其中 ${eligible.length} 个参与近似匹配（≥ ${MIN_TERM_LENGTH} 个汉字）`);
for (const [kind, [found, all]] of recall) console.log(`  召回 ${kind}: ${found}/${all} = ${((100 * found) / all).toFixed(0)}%`);

for (const folder of ['corpus', 'eval/clean']) {
  const dir = join(__dirname, '..', '..', 'shared', folder);
  for (const name of readdirSync(dir)) {
    const found = typos(readFileSync(join(dir, name), 'utf8'));
    console.log(`  ${folder}/${name}: ${found.length} 个 term/typo${found.length ? '：' + found.map((f) => f.matched).join('、') : ''}`);
  }
}
