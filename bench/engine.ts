import { allRules, lint, TermBase, type Rule, type TermFile } from '../server/src/core';
import type { Draft } from './drafts';
import { mb, median, ms, spread, table, timed } from './stats';

/**
 * How many timed runs per draft size: enough for a stable median without taking minutes on 10 MB (1 MB
 * gets as many as 100 KB: its median over 6 runs still moved by a third between runs of the benchmark).
 */
export function runsFor(bytes: number, base: number): number {
  if (bytes <= 20 * 1024) return base * 10;
  if (bytes <= 2 * 1024 * 1024) return base * 4;
  return base;
}

function lintTimes(draft: Draft, terms: TermBase, runs: number, ruleSet?: readonly Rule[]): number[] {
  const run = () => lint(draft.text, { kind: 'markdown', terms, ruleSet });
  run(); // warm: the engine is measured as the language server runs it, compiled by the JIT
  return Array.from({ length: runs }, () => timed(run));
}

/** Full lint (all rules, built-in base) per draft size, in process and warm. */
export function fullLintTable(drafts: readonly Draft[], terms: TermBase, baseRuns: number): { text: string; perSize: Map<string, number> } {
  const perSize = new Map<string, number>();
  const rows = drafts.map((draft) => {
    const times = lintTimes(draft, terms, runsFor(draft.bytes, baseRuns));
    const result = lint(draft.text, { kind: 'markdown', terms });
    const m = median(times);
    perSize.set(draft.name, m);
    return [draft.name, ms(m), spread(times), `${(draft.bytes / 1024 / 1024 / (m / 1000)).toFixed(1)} MB/s`, String(times.length), `${result.findings.length} / ${draft.seededMistakes}`, String(result.failures.length)];
  });
  const text = table(['文稿 draft', '中位数 median', '波动 spread', '吞吐 throughput', '次数 runs', '发现 / 植入 findings / seeded', '规则出错 failures'], rows);
  return { text, perSize };
}

/**
 * Cost of each rule on one draft, timed around each rule's check() within full lints (so every rule runs
 * on the same warm engine, under the same load); what is left of the lint's time is parsing the Markdown,
 * collecting suppression comments and sorting. Iterates over allRules, so rules added later show up
 * without touching the benchmark.
 */
export function perRuleTable(draft: Draft, terms: TermBase, runs: number): string {
  const times = new Map<string, number[]>(allRules.map((rule) => [rule.id, []]));
  const totals: number[] = [];
  for (let run = 0; run <= runs; run++) {
    const spent = new Map<string, number>();
    const timedRules: Rule[] = allRules.map((rule) => ({
      ...rule,
      check(context) {
        spent.set(rule.id, timed(() => rule.check(context)));
      },
    }));
    const total = timed(() => lint(draft.text, { kind: 'markdown', terms, ruleSet: timedRules }));
    if (run === 0) continue; // warm-up
    totals.push(total - [...spent.values()].reduce((a, b) => a + b, 0));
    for (const [id, t] of spent) times.get(id)!.push(t);
  }
  const rows = [...times].map(([id, t]) => ({ id, median: median(t), spread: spread(t) }));
  rows.sort((a, b) => b.median - a.median);
  const sum = rows.reduce((n, r) => n + r.median, 0) + median(totals);
  return `${draft.name}，${runs} 次中位数：\n\n${table(
    ['规则 rule', '耗时 time', '波动 spread'],
    [['（解析 Markdown、注释指令、排序 parse, suppressions, sort）', ms(median(totals)), spread(totals)], ...rows.map((r) => [r.id, ms(r.median), r.spread]), ['合计 sum', ms(sum), '–']],
  )}`;
}

export interface ScaledBase {
  label: string;
  file?: TermFile;
}

/**
 * The same draft linted with bigger term bases: load time, lint time and the ratio to the built-in base.
 * The bases take turns run by run, so that a change in the machine's load hits all of them alike.
 */
export function termScalingTable(draft: Draft, builtin: TermFile, scaled: readonly ScaledBase[], runs: number): { text: string; ratios: Map<string, number> } {
  const loaded = scaled.map(({ label, file }) => {
    let terms: TermBase | undefined;
    const files = file ? [builtin, file] : [builtin];
    const load = median(Array.from({ length: 3 }, () => timed(() => (terms = TermBase.fromFiles(files)))));
    lint(draft.text, { kind: 'markdown', terms: terms! }); // warm, and builds the near-miss index
    const occurrences = terms!.findCanonical(draft.text, 0, draft.text.length).length;
    return { label, terms: terms!, load, occurrences, times: [] as number[] };
  });
  for (let run = 0; run < runs; run++) {
    for (const base of loaded) base.times.push(timed(() => lint(draft.text, { kind: 'markdown', terms: base.terms })));
  }
  const reference = median(loaded[0].times);
  const ratios = new Map<string, number>();
  const rows = loaded.map(({ label, terms, load, occurrences, times }) => {
    const m = median(times);
    ratios.set(label, m / reference);
    return [label, String(terms.entries.length), String(occurrences), ms(load), ms(m), spread(times), `${(m / reference).toFixed(2)}×`];
  });
  const text = `${draft.name}（${mb(draft.bytes)}），${runs} 次中位数，各术语库轮流运行：\n\n${table(
    ['术语库 base', '词条 entries', '词条在文稿中出现 term occurrences', '加载 load', '检查中位数 lint median', '波动 spread', '相对内置库 ratio'],
    rows,
  )}`;
  return { text, ratios };
}
