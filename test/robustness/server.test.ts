import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import test, { after } from 'node:test';
import { HoverRequest } from 'vscode-languageserver-protocol/node';
import { allRules, lint, type Rule } from '../../server/src/core';
import { ProblemReporter } from '../../server/src/lsp/problems';
import { LspSession } from '../../bench/lspSession';
import { builtinTerms } from '../support/terms';

/** The built language server under abuse: it keeps answering and its memory stays flat. */

const WRONG = '在做强制制造业上下功夫。';
const folder = mkdtempSync(join(tmpdir(), 'tifa-lsp-robust-'));
after(() => rmSync(folder, { recursive: true, force: true }));
const uriOf = (name: string) => pathToFileURL(join(folder, name)).href;

async function withServer(run: (session: LspSession) => Promise<void>): Promise<void> {
  const session = await LspSession.start(pathToFileURL(folder).href);
  try {
    await run(session);
  } finally {
    await session.stop();
  }
}

function frame(message: unknown): string {
  const json = JSON.stringify(message);
  return `Content-Length: ${Buffer.byteLength(json)}\r\n\r\n${json}`;
}

/** A request the server must still answer after whatever came before. */
async function stillAnswers(session: LspSession, uri: string): Promise<void> {
  const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 3 } });
  assert.ok(hover === null || typeof hover === 'object');
  assert.ok(session.alive, 'the server process is still running');
}

test('malformed requests and unknown methods get error replies; the server keeps answering', async () => {
  await withServer(async (session) => {
    const uri = uriOf('a.md');
    await session.open(uri, WRONG);
    assert.equal((await session.diagnosticsFor(uri, 1)).diagnostics.length, 1);

    await assert.rejects(session.connection.sendRequest('tifa/noSuchMethod', { x: 1 }), /Unhandled method|not found/i);
    await session.connection.sendNotification('tifa/noSuchNotification', { x: 1 });
    // Wrong shapes where the protocol wants objects, written raw (the JSON-RPC library would refuse to send them).
    let id = 90_000;
    for (const params of [null, 7, {}, { textDocument: 42 }, { textDocument: { uri }, position: 'middle' }, { textDocument: { uri: 'file:///nowhere.md' }, position: { line: -5, character: 1e9 } }]) {
      for (const method of ['textDocument/hover', 'textDocument/codeAction', 'textDocument/completion', 'textDocument/documentSymbol']) {
        session.writeRaw(frame({ jsonrpc: '2.0', id: id++, method, params }));
      }
    }
    await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri }, contentChanges: 'garbage' });
    await session.connection.sendNotification('textDocument/didOpen', { textDocument: null });
    // Bytes that are not JSON-RPC at all, framed and unframed.
    session.writeRaw('Content-Length: 12\r\n\r\n{not json!!}');
    session.writeRaw('Content-Length: 2\r\n\r\n[]');
    await stillAnswers(session, uri);
    const version = await session.type(uri, 0, 0, '我们');
    assert.equal((await session.diagnosticsFor(uri, version)).diagnostics.length, 1);
  });
});

test('out-of-order versions: the server keeps answering and publishes for the latest version', async () => {
  await withServer(async (session) => {
    const uri = uriOf('b.md');
    await session.open(uri, '第一段。\n');
    await session.diagnosticsFor(uri, 1);
    await session.type(uri, 0, 0, WRONG, 5);
    await session.type(uri, 0, 0, '旧', 3); // arrives late, with an older version number
    const latest = await session.type(uri, 0, 0, '新', 6);
    const published = await session.diagnosticsFor(uri, latest);
    assert.ok((published.version ?? 0) >= latest);
    assert.ok(published.diagnostics.some((d) => String(d.message).includes('做强制制造业')), 'the text typed in between is still checked');
    await stillAnswers(session, uri);
  });
});

test('10,000 rapid edits: diagnostics for the last version arrive and memory stays flat', { timeout: 300_000 }, async () => {
  await withServer(async (session) => {
    const uri = uriOf('c.md');
    const paragraph = `${WRONG}坚持科技自立自强，推动高质量发展。\n\n`;
    await session.open(uri, paragraph.repeat(100));
    await session.diagnosticsFor(uri, 1);
    let version = 1;
    // Type 1,000 characters and delete none: warm up, then measure memory against the next 9,000.
    for (let i = 0; i < 1000; i++) version = await session.type(uri, 50, 0, '要');
    await session.diagnosticsFor(uri, version);
    const warm = session.rss();
    for (let i = 0; i < 9000; i++) version = await session.type(uri, 50 + (i % 40) * 2, 0, i % 3 === 0 ? '\u{20000}' : '要');
    const last = await session.diagnosticsFor(uri, version);
    assert.equal(last.version, version);
    assert.ok(last.diagnostics.length >= 100, `the 100 planted mistakes are still found (${last.diagnostics.length})`);
    const grown = session.rss() - warm;
    console.log(`RSS ${(warm / 1024 / 1024).toFixed(1)} MB after 1,000 edits, grew ${(grown / 1024 / 1024).toFixed(1)} MB over the next 9,000`);
    // 9,000 versions of a 10 KB text are 180 MB if kept; a flat server grows by far less than that.
    assert.ok(grown < 60 * 1024 * 1024, `RSS grew by ${(grown / 1024 / 1024).toFixed(1)} MB over 9,000 edits`);
    await stillAnswers(session, uri);
  });
});

test('a rule that throws is isolated: the other rules still report, the failure is logged once', () => {
  const throwing: Rule = {
    id: 'test/throws',
    title: '总是出错',
    defaultSeverity: 'error',
    scope: 'document',
    check() {
      throw new Error('故意抛出');
    },
  };
  const result = lint(WRONG, { kind: 'plaintext', terms: builtinTerms(), ruleSet: [throwing, ...allRules] });
  assert.deepEqual(result.failures.map((f) => f.ruleId), ['test/throws']);
  assert.ok(result.findings.some((f) => f.ruleId === 'term/variant'));

  const logged: string[] = [];
  const connection = { console: { error: (line: string) => void logged.push(line) } } as never;
  const reporter = new ProblemReporter(connection, (zh) => zh);
  reporter.reportFailures(result.failures, 'a.md');
  reporter.reportFailures(result.failures, 'a.md');
  assert.equal(logged.length, 1);
  assert.match(logged[0], /规则 test\/throws 在检查 a\.md 时出错：.*故意抛出/s);
});
