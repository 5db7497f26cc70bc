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
import { PROMPT_LINT_MS, TYPING_DEBOUNCE_MS } from '../server/src/lsp/linter';

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
  console.log(`（编辑前停顿过、上次检查不超过 ${PROMPT_LINT_MS} ms 时立即检查；否则等 ${TYPING_DEBOUNCE_MS} ms 的输入停顿 / linted at once after a pause when the last lint was quick, else after the typing debounce）`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
