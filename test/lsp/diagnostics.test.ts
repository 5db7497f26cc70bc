import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fork, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createProtocolConnection,
  DiagnosticSeverity,
  DidOpenTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  IPCMessageReader,
  IPCMessageWriter,
  PublishDiagnosticsNotification,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { SERVER, sessionForFile, TestClient, uriOf } from './client';

const WRONG_MD = '# 工作要点\n\n我们要做强制制造业，加快发展新质生产力。\n';

const session = sessionForFile();
const root = session.root;

test('opening a Markdown draft with 「做强制制造业」 publishes one tifa diagnostic on it', async () => {
  const diagnostics = await session.client.open(uriOf(join(root, 'open.md')), WRONG_MD);
  assert.equal(diagnostics.length, 1);
  const [d] = diagnostics;
  assert.deepEqual(d.range, { start: { line: 2, character: 3 }, end: { line: 2, character: 9 } });
  assert.equal(d.source, 'tifa');
  assert.equal(d.code, 'term/variant');
  assert.equal(d.severity, DiagnosticSeverity.Error);
  assert.match(String(d.message), /「做强制制造业」.*「做强制造业」/);
  assert.match(d.codeDescription!.href, /\/docs\/rules\/term-variant\.md$/);
  assert.ok(existsSync(fileURLToPath(d.codeDescription!.href)), 'the rule doc the link points at exists');
});

test('plain text is checked too, and correct text gets no diagnostics', async () => {
  const wrong = await session.client.open(uriOf(join(root, 'plain.txt')), '一是做强制制造业。\n', 'plaintext');
  assert.deepEqual(
    wrong.map((d) => d.code),
    ['term/variant'],
  );
  const correct = await session.client.open(uriOf(join(root, 'correct.md')), '# 工作要点\n\n我们要做强制造业，加快发展新质生产力，实现高水平科技自立自强。\n');
  assert.deepEqual(correct, []);
});

test('untitled documents are checked', async () => {
  const diagnostics = await session.client.open('untitled:Untitled-1', '要做强制制造业。', 'markdown');
  assert.deepEqual(
    diagnostics.map((d) => d.code),
    ['term/variant'],
  );
});

test('ranges are in UTF-16 code units: a character outside the BMP counts two', async () => {
  const [d] = await session.client.open(uriOf(join(root, 'astral.txt')), '𠀀𠀁做强制制造业', 'plaintext');
  assert.deepEqual(d.range, { start: { line: 0, character: 4 }, end: { line: 0, character: 10 } });
});

test('a burst of edits is coalesced: fewer lints than edits, the last version published last', async () => {
  const uri = uriOf(join(root, 'typing.md'));
  await session.client.open(uri, '开头。\n');
  const before = session.client.published.length;
  // Sent in one go, as a paste or replace-all arrives: each edit comes before the previous one's lint has run.
  await Promise.all(['开头。做', '开头。做强制', '开头。做强制制造', '开头。做强制制造业'].map((text) => session.client.change(uri, text)));
  const final = await session.client.nextDiagnostics(uri, (p) => p.version === 5);
  assert.deepEqual(
    final.map((d) => d.code),
    ['term/variant'],
  );
  const published = session.client.published.slice(before).filter((p) => p.uri === uri).map((p) => p.version ?? 0);
  // Which of the burst's first versions get linted depends on how the machine schedules the server (the
  // policy itself is typingDelay's, tested on its own); what never depends on it: fewer lints than edits,
  // in order, ending with the last version.
  assert.equal(published.at(-1), 5);
  assert.ok(published.length < 4, `coalesced: ${published.join(', ')}`);
  assert.deepEqual(published, [...published].sort((a, b) => a - b), 'published in order');
});

test('closing a document clears its diagnostics; tifa/status follows each publish with the count', async () => {
  const uri = uriOf(join(root, 'closing.md'));
  assert.equal((await session.client.open(uri, WRONG_MD)).length, 1);
  const cleared = session.client.nextDiagnostics(uri);
  await session.client.close(uri);
  assert.deepEqual(await cleared, []);
  await session.client.open(uriOf(join(root, 'after-close.md')), '无误。\n'); // the status of the close has arrived before this publish
  assert.deepEqual(
    session.client.statuses.filter((s) => s.uri === uri).map((s) => s.count),
    [1, 0],
  );
});

test('messages are in English when the client runs in English', async () => {
  const english = await TestClient.start({ folders: [root], locale: 'en-us' });
  try {
    const [d] = await english.open(uriOf(join(root, 'english.md')), WRONG_MD);
    assert.match(String(d.message), /standard/);
    assert.doesNotMatch(String(d.message), /不是规范提法/);
  } finally {
    await english.stop();
  }
});

test('started without a transport, the server says how to run it', () => {
  const result = spawnSync(process.execPath, [SERVER], { encoding: 'utf8', timeout: 10_000 });
  assert.equal(result.status, 2);
  assert.match(result.stderr, /node dist\/server\.js --stdio/);
});

test('over IPC, as the VS Code client starts it, the server answers and publishes diagnostics', async () => {
  const child = fork(SERVER, ['--node-ipc'], { silent: true });
  const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
  connection.listen();
  try {
    const uri = uriOf(join(root, 'ipc.md'));
    const published = new Promise<PublishDiagnosticsParams>((resolve) => connection.onNotification(PublishDiagnosticsNotification.type, resolve));
    const init = await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null });
    assert.equal(init.serverInfo?.name, 'tifa');
    await connection.sendNotification(InitializedNotification.type, {});
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text: WRONG_MD } });
    assert.deepEqual(
      (await published).diagnostics.map((d) => d.code),
      ['term/variant'],
    );
  } finally {
    connection.dispose();
    child.kill();
  }
});
