import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TYPING_DEBOUNCE_MS } from '../server/src/lsp/linter';
import type { Draft } from './drafts';
import { LspSession } from './lspSession';
import { mb, median, ms, percentile, table } from './stats';

/** The 0-based line in the middle of the draft where the benchmark types. */
function middleLine(text: string): number {
  const lines = text.split('\n');
  let line = lines.length >> 1;
  while (line < lines.length && lines[line].trim() === '') line++;
  return line;
}

async function withSession<T>(run: (session: LspSession, uri: string) => Promise<T>): Promise<T> {
  const folder = mkdtempSync(join(tmpdir(), 'tifa-bench-lsp-'));
  const session = await LspSession.start(pathToFileURL(folder).href);
  try {
    return await run(session, pathToFileURL(join(folder, 'draft.md')).href);
  } finally {
    await session.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Process spawn → initialize → didOpen → first publishDiagnostics. */
async function coldStart(draft: Draft): Promise<number> {
  const started = performance.now();
  return withSession(async (session, uri) => {
    await session.open(uri, draft.text);
    await session.diagnosticsFor(uri, 1);
    return performance.now() - started;
  });
}

/**
 * Keystrokes in the middle of the draft: `edits` single-character insertions, each waiting for its own
 * version's diagnostics (latency); then `burst` insertions sent back to back, as fast typing, and the
 * server's memory after them.
 */
async function typing(draft: Draft, edits: number, burst: number) {
  return withSession(async (session, uri) => {
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
    let version = 0;
    for (let i = 0; i < burst; i++) version = await session.type(uri, line, edits + i, '要');
    await session.diagnosticsFor(uri, version);
    return { latencies, rssLoaded, rssAfterBurst: session.rss(), diagnostics: session.published.at(-1)?.diagnostics.length ?? 0 };
  });
}

export async function serverFigures(draft: Draft, quick: boolean): Promise<string> {
  const colds = [];
  for (let i = 0; i < (quick ? 1 : 3); i++) colds.push(await coldStart(draft));
  const edits = quick ? 40 : 200;
  const burst = 1000;
  const { latencies, rssLoaded, rssAfterBurst, diagnostics } = await typing(draft, edits, burst);
  const work = latencies.map((l) => l - TYPING_DEBOUNCE_MS);
  return [
    `${draft.name} 文稿，${diagnostics} 条诊断；服务器在停止输入 ${TYPING_DEBOUNCE_MS} ms 后才检查（防抖 debounce），下表分列含与不含防抖的时间。`,
    '',
    table(
      ['指标 figure', '值 value'],
      [
        ['冷启动到首批诊断 cold start → first diagnostics（中位数）', ms(median(colds))],
        [`didChange → publishDiagnostics p50（${edits} 次编辑，含防抖）`, ms(median(latencies))],
        [`didChange → publishDiagnostics p95（含防抖）`, ms(percentile(latencies, 95))],
        ['服务器自身 p50（减去防抖）server work', ms(median(work))],
        ['服务器自身 p95（减去防抖）server work', ms(percentile(work, 95))],
        ['加载后内存 RSS after load', mb(rssLoaded)],
        [`连续 ${burst} 次编辑后内存 RSS after ${burst} edits`, mb(rssAfterBurst)],
      ],
    ),
  ].join('\n');
}
