/**
 * Edit → diagnostics latency of the built server over stdio, as an editor sees it: the time from sending a
 * didChange to receiving that version's publishDiagnostics: the server's work (lint, conversion, JSON over
 * the pipe), plus the typing debounce when the server chose to wait for a pause (see typingDelay in
 * server/src/lsp/linter.ts: an edit after a pause is linted at once when the last lint was quick).
 * Reusable by `npm run bench` (bench/server.ts) and scripts/measure-lsp-latency.ts; never a timed assertion.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestClient, uriOf } from './client';

export interface LatencyFigures {
  /** didOpen → first diagnostics (no debounce), ms. */
  open: number;
  /** didChange → diagnostics of that version, one per edit, ms (any debounce included). */
  edits: number[];
  diagnostics: number;
}

/** Opens `text` as a Markdown document, then makes `runs` single-character edits in its middle, one at a time. */
export async function measureEditToDiagnostics(text: string, runs = 10): Promise<LatencyFigures> {
  const root = mkdtempSync(join(tmpdir(), 'tifa-latency-'));
  const client = await TestClient.start({ folders: [root] });
  try {
    const uri = uriOf(join(root, 'draft.md'));
    let start = performance.now();
    const opened = await client.open(uri, text);
    const open = performance.now() - start;
    const edits: number[] = [];
    const middle = text.indexOf('\n', text.length >> 1) + 1;
    for (let i = 0; i < runs; i++) {
      // Typing a character into a new line of the middle of the draft: the whole text is re-linted.
      const edited = `${text.slice(0, middle)}${'要'.repeat(i + 1)}\n${text.slice(middle)}`;
      start = performance.now();
      const version = await client.change(uri, edited);
      await client.nextDiagnostics(uri, (p) => p.version === version, 60_000);
      edits.push(performance.now() - start);
    }
    return { open, edits, diagnostics: opened.length };
  } finally {
    await client.stop();
    rmSync(root, { recursive: true, force: true });
  }
}
