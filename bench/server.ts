import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { IDLE_MS } from '../server/src/lsp/idleMemory';
import { PROMPT_LINT_MS, TYPING_DEBOUNCE_MS } from '../server/src/lsp/linter';
import type { Draft } from './drafts';
import { LspSession } from './lspSession';
import { ROOT } from './processes';
import { mb, median, ms, percentile, table } from './stats';

/** The 0-based line in the middle of the draft where the benchmark types. */
function middleLine(text: string): number {
  const lines = text.split('\n');
  let line = lines.length >> 1;
  while (line < lines.length && lines[line].trim() === '') line++;
  return line;
}

/**
 * A server on `workspace`, a folder kept under bench/.cache (a writer's workspace stays where it is, and
 * what the server keeps of its term file is found by path); `termsYaml`: a term file it adds to the
 * built-in base.
 */
async function withSession<T>(workspace: string, run: (session: LspSession, uri: string) => Promise<T>, termsYaml?: string): Promise<T> {
  const folder = join(ROOT, 'bench', '.cache', workspace);
  mkdirSync(folder, { recursive: true });
  if (termsYaml !== undefined) {
    writeFileSync(join(folder, '.tifarc.yaml'), 'terminology:\n  - terms.yaml\n');
    writeFileSync(join(folder, 'terms.yaml'), termsYaml);
  }
  const session = await LspSession.start(pathToFileURL(folder).href);
  try {
    return await run(session, pathToFileURL(join(folder, 'draft.md')).href);
  } finally {
    await session.stop();
  }
}

/** Process spawn → initialize → didOpen → first publishDiagnostics. */
async function coldStart(draft: Draft, workspace: string, termsYaml?: string): Promise<number> {
  const started = performance.now();
  return withSession(
    workspace,
    async (session, uri) => {
      await session.open(uri, draft.text);
      await session.diagnosticsFor(uri, 1);
      return performance.now() - started;
    },
    termsYaml,
  );
}

/**
 * Keystrokes in the middle of the draft: `edits` single-character insertions, each waiting for its own
 * version's diagnostics (latency: the writer types, pauses, looks); then `burst` insertions sent back to
 * back, as a paste or a held-down key would, timed from the last one to its diagnostics, with the number
 * of lints the burst caused and the server's memory after it: at once, and once the server has been
 * idle long enough to give memory back (see idleMemory.ts). In the workspace the cold starts use.
 */
async function typing(draft: Draft, edits: number, burst: number, workspace: string, termsYaml?: string) {
  return withSession(workspace, async (session, uri) => {
    await session.open(uri, draft.text);
    await session.diagnosticsFor(uri, 1);
    const rssLoaded = session.rss();
    const line = middleLine(draft.text);
    const latencies: number[] = [];
    for (let i = 0; i < edits; i++) {
      const start = performance.now();
      const version = await session.type(uri, line, i, '要');
      await session.diagnosticsFor(uri, version);
      latencies.push(performance.now() - start);
    }
    const publishedBefore = session.publishCount;
    let version = 0;
    for (let i = 0; i < burst - 1; i++) version = await session.type(uri, line, edits + i, '要');
    const lastEdit = performance.now();
    version = await session.type(uri, line, edits + burst - 1, '要');
    await session.diagnosticsFor(uri, version);
    const burstLatency = performance.now() - lastEdit;
    const rssAfterBurst = session.rss();
    await new Promise((resolve) => setTimeout(resolve, IDLE_MS + 1000));
    return {
      latencies,
      burstLatency,
      burstLints: session.publishCount - publishedBefore,
      rssLoaded,
      rssAfterBurst,
      rssIdle: session.rss(),
      diagnostics: session.published.at(-1)?.diagnostics.length ?? 0,
    };
  }, termsYaml);
}

/** `bigBaseYaml`: the ×100 term file, typed against as well (the editor's per-edit lint with a large base). */
export async function serverFigures(draft: Draft, quick: boolean, bigBaseYaml: string): Promise<string> {
  // Warm: the first start with a new base keeps its term file as read, its automata and near-miss index for the next.
  await coldStart(draft, 'lsp-builtin');
  await coldStart(draft, 'lsp-x100', bigBaseYaml);
  const colds = [];
  const bigColds = [];
  for (let i = 0; i < (quick ? 1 : 3); i++) {
    colds.push(await coldStart(draft, 'lsp-builtin'));
    bigColds.push(await coldStart(draft, 'lsp-x100', bigBaseYaml));
  }
  const edits = quick ? 40 : 200;
  const burst = 1000;
  const { latencies, burstLatency, burstLints, rssLoaded, rssAfterBurst, rssIdle, diagnostics } = await typing(draft, edits, burst, 'lsp-builtin');
  const big = await typing(draft, edits, burst, 'lsp-x100', bigBaseYaml);
  const idle = `停顿 ${(IDLE_MS + 1000) / 1000} 秒后 idle ${(IDLE_MS + 1000) / 1000} s later`;
  return [
    `${draft.name} 文稿，${diagnostics} 条诊断。上次检查不超过 ${PROMPT_LINT_MS} ms、且上一次编辑早于这个时长时，服务器收到编辑立即检查；` +
      `更快的连续编辑等输入停顿 ${TYPING_DEBOUNCE_MS} ms 后再检查（防抖）。`,
    '',
    table(
      ['指标 figure', '值 value'],
      [
        ['冷启动到首批诊断 cold start → first diagnostics（中位数）', ms(median(colds))],
        [`逐次编辑 didChange → publishDiagnostics p50（${edits} 次，每次等到诊断）`, ms(median(latencies))],
        ['逐次编辑 didChange → publishDiagnostics p95', ms(percentile(latencies, 95))],
        [`连续 ${burst} 次编辑：最后一次编辑 → 诊断（含防抖）burst, last edit → diagnostics`, ms(burstLatency)],
        [`连续 ${burst} 次编辑引起的检查次数 lints during the burst`, String(burstLints)],
        ['加载后内存 RSS after load', mb(rssLoaded)],
        [`连续 ${burst} 次编辑后内存 RSS after ${burst} edits（刚检查完 at once / ${idle}）`, `${mb(rssAfterBurst)} / ${mb(rssIdle)}`],
        ['×100 术语库：冷启动到首批诊断（中位数）cold start, ×100 base', ms(median(bigColds))],
        ['×100 术语库：逐次编辑 p50 / p95 (×100 base)', `${ms(median(big.latencies))} / ${ms(percentile(big.latencies, 95))}`],
        [`×100 术语库：加载后 / 连续编辑后（刚检查完 / ${idle}）内存 RSS`, `${mb(big.rssLoaded)} / ${mb(big.rssAfterBurst)} / ${mb(big.rssIdle)}`],
      ],
    ),
  ].join('\n');
}
