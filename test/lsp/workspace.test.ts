import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DiagnosticSeverity, ExecuteCommandRequest, HoverRequest, MessageType } from 'vscode-languageserver-protocol/node';
import { parseTermFile, TermBase, type TermFile } from '../../server/src/core';
import { shortName } from '../../server/src/core/input/keptFile';
import { keepReadingsIn } from '../../server/src/core/input/readingCache';
import { keptIndexName } from '../../server/src/core/match/nearMissIndexCache';
import { keptMatchersName } from '../../server/src/core/terminology/matchersCache';
import { REPO } from '../support/terms';
import { tempFolder } from '../support/tempDir';
import { TestClient, uriOf } from './client';

const WRONG = '我们要做强制制造业。\n';

async function withClient(options: Parameters<typeof TestClient.start>[0], body: (client: TestClient) => Promise<void>): Promise<void> {
  const client = await TestClient.start(options);
  try {
    await body(client);
  } finally {
    await client.stop();
  }
}

test('a settings change applies without restart: rule levels, then tifa.enable', async () => {
  const root = tempFolder({});
  await withClient({ folders: [root] }, async (client) => {
    const uri = uriOf(join(root, 'a.md'));
    assert.equal((await client.open(uri, WRONG))[0].severity, DiagnosticSeverity.Error);

    let next = client.nextDiagnostics(uri);
    await client.settingsChanged(() => ({ rules: { 'term/variant': 'info' } }));
    assert.deepEqual(
      (await next).map((d) => d.severity),
      [DiagnosticSeverity.Information],
    );

    next = client.nextDiagnostics(uri);
    await client.settingsChanged(() => ({ rules: { term: 'off' } }));
    assert.deepEqual(await next, [], 'a family name switches its rules off');

    next = client.nextDiagnostics(uri);
    await client.settingsChanged(() => ({ enable: false }));
    assert.deepEqual(await next, []);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 5 } });
    assert.equal(hover, null, 'disabled means no hover either');

    next = client.nextDiagnostics(uri);
    await client.settingsChanged(() => ({}));
    assert.equal((await next).length, 1, 'back on with defaults');
  });
});

test('tifa.run onSave: typing publishes nothing, saving lints', async () => {
  const root = tempFolder({});
  await withClient({ folders: [root], settings: () => ({ run: 'onSave' }) }, async (client) => {
    const uri = uriOf(join(root, 'a.md'));
    assert.deepEqual(await client.open(uri, '开头。\n'), [], 'open still lints');
    const before = client.published.length;
    await client.change(uri, WRONG);
    await new Promise((resolve) => setTimeout(resolve, 600));
    assert.equal(client.published.length, before, 'no publish while typing');
    const saved = client.nextDiagnostics(uri);
    await client.save(uri);
    assert.equal((await saved).length, 1);
  });
});

test('settings without workspace/configuration come with didChangeConfiguration (e.g. a minimal editor)', async () => {
  const root = tempFolder({});
  await withClient({ folders: [root], pullConfiguration: false }, async (client) => {
    const uri = uriOf(join(root, 'a.md'));
    assert.equal((await client.open(uri, WRONG)).length, 1);
    const next = client.nextDiagnostics(uri);
    await client.settingsChanged(() => ({ rules: { 'term/variant': 'off' } }));
    assert.deepEqual(await next, []);
  });
});

test('multi-root: each folder uses its own settings and its own config file', async () => {
  const strict = tempFolder({});
  const relaxed = tempFolder({ '.tifarc.yaml': 'rules:\n  term/variant: warning\n' });
  const quiet = tempFolder({});
  const settings = (scope: string | undefined) => (scope === uriOf(quiet) ? { rules: { 'term/variant': 'off' } } : {});
  await withClient({ folders: [strict, relaxed, quiet], settings }, async (client) => {
    assert.equal((await client.open(uriOf(join(strict, 'a.md')), WRONG))[0].severity, DiagnosticSeverity.Error);
    assert.equal((await client.open(uriOf(join(relaxed, 'a.md')), WRONG))[0].severity, DiagnosticSeverity.Warning);
    assert.deepEqual(await client.open(uriOf(join(quiet, 'a.md')), WRONG), []);
  });
});

test('tifa.terminology.files adds a team term base; editing it and running tifa.relint reloads it', async () => {
  const root = tempFolder({ 'terms/team.yaml': 'rules:\n  - expected: 数字政府建设\n    patterns: [数字化政府建设]\n' });
  await withClient({ folders: [root], settings: () => ({ terminology: { files: ['terms/team.yaml'] } }) }, async (client) => {
    const uri = uriOf(join(root, 'a.md'));
    const diagnostics = await client.open(uri, '推进数字化政府建设。\n');
    assert.deepEqual(
      diagnostics.map((d) => [d.code, String(d.message)]),
      [['term/variant', '「数字化政府建设」不是规范提法，应为「数字政府建设」']],
    );
    const watched = client.registrations.flatMap((r) => (r.registerOptions as { watchers?: { globPattern: unknown }[] }).watchers ?? []);
    assert.ok(
      watched.some((w) => JSON.stringify(w.globPattern) === JSON.stringify({ baseUri: uriOf(join(root, 'terms')), pattern: 'team.yaml' })),
      'the configured term file is watched',
    );

    writeFileSync(join(root, 'terms/team.yaml'), 'rules: []\n');
    const next = client.nextDiagnostics(uri);
    await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'tifa.relint', arguments: [] });
    assert.deepEqual(await next, []);
  });
});

test('a broken term file: file:line in the log, one notification, built-in checks keep running', async () => {
  const root = tempFolder({ 'team.yaml': 'rules:\n  - expected: 甲乙丙\n    patterns: [\n' });
  await withClient({ folders: [root], settings: () => ({ terminology: { files: ['team.yaml'] } }) }, async (client) => {
    const first = await client.open(uriOf(join(root, 'a.md')), WRONG);
    assert.deepEqual(
      first.map((d) => d.code),
      ['term/variant'],
      'the built-in check still runs',
    );
    await client.open(uriOf(join(root, 'b.md')), WRONG);
    const file = join(root, 'team.yaml');
    assert.ok(
      client.logs.some((line) => line.startsWith(`${file}:`) && /:\d+: .*YAML/.test(line)),
      `logged with file and line: ${client.logs.join(' | ')}`,
    );
    const warnings = client.shownMessages.filter((m) => m.type === MessageType.Warning);
    assert.equal(warnings.length, 1, 'one notification for the same problems, however many documents');
    assert.match(warnings[0].message, /team\.yaml:\d+/);
  });
});

test('a broken .tifarc.yaml: file:line in the log, one notification, built-in checks keep running with defaults', async () => {
  const root = tempFolder({ '.tifarc.yaml': 'rules:\n  term/variant: loud\n' });
  await withClient({ folders: [root] }, async (client) => {
    const diagnostics = await client.open(uriOf(join(root, 'a.md')), WRONG);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.severity]),
      [['term/variant', DiagnosticSeverity.Error]],
    );
    const config = join(root, '.tifarc.yaml');
    assert.ok(
      client.logs.some((line) => line.startsWith(`${config}:2: `)),
      `logged with file and line: ${client.logs.join(' | ')}`,
    );
    assert.equal(client.shownMessages.filter((m) => m.type === MessageType.Warning).length, 1);
  });
});

test('「忽略此词」 and 「加入工作区术语表」 write .tifa/terms.yaml (created, then edited) and re-lint', async () => {
  const root = tempFolder({});
  await withClient({ folders: [root] }, async (client) => {
    const uri = uriOf(join(root, 'a.md'));
    const diagnostics = await client.open(uri, '推动新质生产立发展，做强制制造业。\n');
    assert.deepEqual(diagnostics.map((d) => d.code).sort(), ['term/typo', 'term/variant']);
    const termFile = join(root, '.tifa', 'terms.yaml');
    assert.ok(!existsSync(termFile));

    let next = client.nextDiagnostics(uri);
    await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'tifa.ignoreWord', arguments: [uri, '做强制制造业'] });
    assert.deepEqual(
      (await next).map((d) => d.code),
      ['term/typo'],
      'the ignored word is no longer flagged',
    );
    assert.deepEqual(parseTermFile(readFileSync(termFile, 'utf8'), termFile).termFile.ignore, ['做强制制造业']);

    writeFileSync(termFile, `# 我们的说明\n${readFileSync(termFile, 'utf8')}`);
    next = client.nextDiagnostics(uri);
    await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'tifa.addToWorkspaceTerms', arguments: [uri, '新质生产立'] });
    assert.deepEqual(await next, [], 'the added term is no longer a suspected typo');
    const written = readFileSync(termFile, 'utf8');
    assert.match(written, /^# 我们的说明/, 'comments are kept');
    const parsed = parseTermFile(written, termFile);
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(
      parsed.termFile.entries.map((e) => e.expected),
      ['新质生产立'],
    );
  });
});

test('a watched config file that changes is reloaded', async () => {
  const root = tempFolder({});
  await withClient({ folders: [root] }, async (client) => {
    const uri = uriOf(join(root, 'a.md'));
    assert.equal((await client.open(uri, WRONG)).length, 1);
    const patterns = client.registrations.flatMap((r) => (r.method === 'workspace/didChangeWatchedFiles' ? (r.registerOptions as { watchers: { globPattern: unknown }[] }).watchers : []));
    assert.ok(patterns.some((w) => w.globPattern === '**/.tifarc.yaml'));
    assert.ok(patterns.some((w) => w.globPattern === '**/.tifa/terms.yaml'));

    const config = join(root, '.tifarc.yaml');
    writeFileSync(config, 'rules:\n  term/variant: off\n');
    const next = client.nextDiagnostics(uri);
    await client.fileChanged(config);
    assert.deepEqual(await next, []);
  });
});

test('the server keeps its term base’s reading, near-miss index and automata beside its code cache, as tifa check does, so that the next start reads them', async () => {
  // Terms no other test uses, so that only this server can have kept files for this base; a thousand of
  // them, as smaller bases keep no automata.
  const unique = `数字${String.fromCharCode(0x4e00 + (process.pid % 9000), 0x6000 + (Date.now() % 9000))}建设`;
  const more = Array.from({ length: 1000 }, (_, i) => `  - expected: ${unique}${String.fromCharCode(0x4e00 + i)}\n`).join('');
  const yaml = `rules:\n  - expected: ${unique}\n${more}`;
  const root = tempFolder({ '.tifarc.yaml': 'terminology:\n  - terms.yaml\n', 'terms.yaml': yaml });
  const cache = join(REPO, 'dist', '.cache');
  const termsPath = join(root, 'terms.yaml');
  const kept = [join(cache, `reading-${shortName(termsPath)}.bin`)];
  assert.equal(existsSync(kept[0]), false);
  try {
    await withClient({ folders: [root] }, async (client) => {
      await client.open(uriOf(join(root, 'a.md')), '推动高质量量发展。\n');
      // Read here through the reading the server kept, the file has the server's token, and the base its key.
      keepReadingsIn(cache);
      const workspaceTerms = parseTermFile(yaml, termsPath).termFile;
      keepReadingsIn(undefined);
      assert.ok(workspaceTerms.token, 'the server kept the reading');
      const builtin = JSON.parse(readFileSync(join(REPO, 'dist', 'terminology.json'), 'utf8')) as TermFile;
      const key = TermBase.fromFiles([builtin, workspaceTerms]).contentKey();
      assert.ok(key.includes(workspaceTerms.token) && key.length < 100, 'the base is named by its files’ tokens');
      kept.push(join(cache, keptIndexName(key)), join(cache, keptMatchersName(key)));
      for (const file of kept) assert.ok(existsSync(file), file);
    });
  } finally {
    for (const file of kept) rmSync(file, { force: true });
  }
});
