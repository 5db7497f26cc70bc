/**
 * Prints the edit → diagnostics time of `node dist/server.js --stdio` on a 100 KB Markdown draft (built from
 * ../shared/corpus like the benchmark's drafts). Run after `npm run build`:
 *   node --import tsx scripts/measure-lsp-latency.ts [runs]
 */
import { loadBuiltinTerms } from '../server/src/core';
import { corpusParagraphs } from '../bench/corpus';
import { buildDraft } from '../bench/drafts';
import { median, ms, percentile } from '../bench/stats';
import { measureEditToDiagnostics } from '../test/lsp/latency';

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 20);
  const draft = buildDraft('100 KB', 100 * 1024, corpusParagraphs(), loadBuiltinTerms().entries);
  const figures = await measureEditToDiagnostics(draft.text, runs);
  const edits = figures.edits;
  console.log(`100 KB 文稿（${draft.bytes} 字节，${figures.diagnostics} 条诊断），${runs} 次编辑`);
  console.log(`打开 → 诊断 open → diagnostics：${ms(figures.open)}`);
  console.log(
    `编辑 → 诊断 edit → diagnostics：中位数 median ${ms(median(edits))}，p90 ${ms(percentile(edits, 90))}，最小 min ${ms(Math.min(...edits))}，最大 max ${ms(Math.max(...edits))}`,
  );
  console.log(`（含防抖 debounce：至少 ${figures.debounceMs} ms，上次检查更久时等上次检查的时长 / the last lint's duration when longer）`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
