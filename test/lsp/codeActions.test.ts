import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { CodeActionRequest, DidChangeConfigurationNotification, ExecuteCommandRequest, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver-protocol/node';
import { fixAll, lint } from '../../server/src/core';
import { builtinTerms } from '../support/terms';
import { applyTextEdits, sessionForFile, uriOf } from './client';

const DRAFT = '# 要点\n\n我们要做强制制造业，实现科技自强自立，推动新质生产立发展。\n\n坚持以习近平为核心的党中央。\n';

const session = sessionForFile();
const root = session.root;

async function actionsAt(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
  const actions = await session.client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics, only } });
  return (actions ?? []) as CodeAction[];
}

function editsOf(action: CodeAction, uri: string) {
  return action.edit!.changes![uri];
}

test('a finding’s quick fix is preferred and its edit yields the canonical form', async () => {
  const uri = uriOf(join(root, 'quickfix.md'));
  const text = '我们要做强制制造业。\n';
  const [diagnostic] = await session.client.open(uri, text);
  const actions = await actionsAt(uri, diagnostic.range, [diagnostic]);
  const fix = actions.find((a) => a.title === '改为「做强制造业」');
  assert.ok(fix, `quick fix offered among: ${actions.map((a) => a.title).join(' | ')}`);
  assert.equal(fix.kind, 'quickfix');
  assert.equal(fix.isPreferred, true);
  assert.deepEqual(fix.diagnostics?.map((d) => d.code), ['term/variant']);
  const edits = editsOf(fix, uri);
  assert.equal(edits.length, 1);
  assert.deepEqual(edits[0].range, { start: { line: 0, character: 6 }, end: { line: 0, character: 7 } }, 'the minimal edit: one 制 deleted');
  assert.equal(applyTextEdits(text, edits), '我们要做强制造业。\n');
});

test('no quick fixes away from the findings', async () => {
  const uri = uriOf(join(root, 'elsewhere.md'));
  await session.client.open(uri, '第一行没有问题。\n\n我们要做强制制造业。\n');
  const range = { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } };
  assert.deepEqual(await actionsAt(uri, range, [], ['quickfix']), []);
});

test('source.fixAll.tifa fixes everything the engine fixes, and a second fix-all changes nothing', async () => {
  const uri = uriOf(join(root, 'fixall.md'));
  await session.client.open(uri, DRAFT);
  const whole = { start: { line: 0, character: 0 }, end: { line: 6, character: 0 } };
  const [action] = await actionsAt(uri, whole, [], ['source.fixAll.tifa']);
  assert.equal(action.title, '修复所有 Tifa 问题');
  assert.equal(action.kind, 'source.fixAll.tifa');
  const fixed = applyTextEdits(DRAFT, editsOf(action, uri));
  for (const canonical of ['做强制造业', '科技自立自强', '新质生产力', '以习近平同志为核心的党中央']) assert.ok(fixed.includes(canonical), canonical);
  const lintText = (text: string) => lint(text, { kind: 'markdown', terms: builtinTerms() }).findings;
  assert.equal(fixed, fixAll(DRAFT, lintText).text, 'the server applies exactly the engine’s fix-all');

  const version = await session.client.change(uri, fixed);
  await session.client.nextDiagnostics(uri, (p) => p.version === version);
  assert.deepEqual(await actionsAt(uri, whole, [], ['source.fixAll.tifa']), [], 'nothing left to fix');
});

test('fix-all is offered when asked for by kind, not to the lightbulb at every cursor move', async () => {
  const uri = uriOf(join(root, 'lightbulb.md'));
  const diagnostics = await session.client.open(uri, DRAFT);
  const [first] = diagnostics;
  const atCursor = await actionsAt(uri, first.range, [first]);
  assert.ok(atCursor.length > 0);
  assert.ok(!atCursor.some((a) => a.kind === 'source.fixAll.tifa'));
  const sourceMenu = await actionsAt(uri, first.range, [], ['source']);
  assert.deepEqual(
    sourceMenu.map((a) => a.kind),
    ['source.fixAll.tifa'],
  );
});

test('the fix-all edits are small and never overlap', async () => {
  const uri = uriOf(join(root, 'small-edits.md'));
  await session.client.open(uri, DRAFT);
  const [action] = await actionsAt(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll']);
  const edits = editsOf(action, uri);
  assert.ok(edits.length >= 4, `one edit per fixed place, got ${edits.length}`);
  for (const edit of edits) assert.equal(edit.range.start.line, edit.range.end.line, 'each edit stays on its line');
  applyTextEdits(DRAFT, edits); // throws on overlap
});

test('tifa.applyFixAll sends the same edits through workspace/applyEdit', async () => {
  const uri = uriOf(join(root, 'command.md'));
  await session.client.open(uri, DRAFT);
  const before = session.client.appliedEdits.length;
  const result = await session.client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'tifa.applyFixAll', arguments: [uri] });
  assert.equal((result as { applied: boolean }).applied, true);
  const [edit] = session.client.appliedEdits.slice(before);
  const lintText = (text: string) => lint(text, { kind: 'markdown', terms: builtinTerms() }).findings;
  assert.equal(applyTextEdits(DRAFT, edit.changes![uri]), fixAll(DRAFT, lintText).text);
});

test('「在此行停用该规则」 inserts the disable comment above, and the finding goes away', async () => {
  const uri = uriOf(join(root, 'disable.md'));
  const text = '# 标题\r\n\r\n  我们要做强制制造业。\r\n';
  const [diagnostic] = await session.client.open(uri, text);
  const actions = await actionsAt(uri, diagnostic.range, [diagnostic]);
  const disable = actions.find((a) => a.title.startsWith('在此行停用该规则'));
  assert.ok(disable);
  const disabled = applyTextEdits(text, editsOf(disable, uri));
  assert.equal(disabled, '# 标题\r\n\r\n  <!-- tifa-disable-next-line term/variant -->\r\n  我们要做强制制造业。\r\n', 'own line, same indent, CRLF kept');
  const version = await session.client.change(uri, disabled);
  assert.deepEqual(await session.client.nextDiagnostics(uri, (p) => p.version === version), []);
});

test('no disable comment inside a Markdown table, where a comment line would end the table', async () => {
  const uri = uriOf(join(root, 'table.md'));
  const [diagnostic] = await session.client.open(uri, '| 任务 | 说明 |\n| --- | --- |\n| 一 | 做强制制造业 |\n');
  const actions = await actionsAt(uri, diagnostic.range, [diagnostic]);
  assert.ok(actions.some((a) => a.isPreferred), 'the quick fix is still there');
  assert.ok(!actions.some((a) => a.title.startsWith('在此行停用该规则')));
});

test('plain text has no disable comment to insert', async () => {
  const uri = uriOf(join(root, 'disable.txt'));
  const [diagnostic] = await session.client.open(uri, '我们要做强制制造业。\n', 'plaintext');
  const actions = await actionsAt(uri, diagnostic.range, [diagnostic]);
  assert.ok(actions.length > 0);
  assert.ok(!actions.some((a) => a.title.startsWith('在此行停用该规则')));
});

test('term findings offer the workspace term file actions as commands', async () => {
  const uri = uriOf(join(root, 'terms.md'));
  const diagnostics = await session.client.open(uri, '推动新质生产立发展，做强制制造业。\n');
  const typo = diagnostics.find((d) => d.code === 'term/typo')!;
  const variant = diagnostics.find((d) => d.code === 'term/variant')!;
  const onTypo = await actionsAt(uri, typo.range, [typo]);
  const add = onTypo.find((a) => a.title === '将「新质生产立」加入工作区术语表');
  assert.deepEqual(add?.command?.command, 'tifa.addToWorkspaceTerms');
  assert.deepEqual(add?.command?.arguments, [uri, '新质生产立']);
  const ignore = onTypo.find((a) => a.title.startsWith('忽略此词'));
  assert.deepEqual(ignore?.command?.arguments, [uri, '新质生产立']);
  assert.equal(ignore?.command?.command, 'tifa.ignoreWord');
  const onVariant = await actionsAt(uri, variant.range, [variant]);
  assert.ok(
    !onVariant.some((a) => a.title.includes('加入工作区术语表')),
    'a form the term base lists as wrong is not offered as a new term',
  );
});

test('quick fixes are still offered when settings change again while the code action waits for them', async () => {
  const uri = uriOf(join(root, 'settings-race.md'));
  const [diagnostic] = await session.client.open(uri, '我们要做强制制造业。\n');
  const plain = session.client.settings;
  // Settings pulled slowly, as from a busy editor, so that the second change arrives while the code action
  // waits for the settings of the first. (The notifications' own payload is not read when settings are pulled.)
  session.client.settings = (scope) => new Promise((resolve) => setTimeout(() => resolve(plain(scope)), 150));
  const changed = () => session.client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
  try {
    await changed();
    const pending = actionsAt(uri, diagnostic.range, [diagnostic]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await changed();
    const actions = await pending;
    assert.ok(
      actions.some((a) => a.title === '改为「做强制造业」'),
      `quick fix offered among: ${actions.map((a) => a.title).join(' | ') || '(none)'}`,
    );
  } finally {
    await session.client.settingsChanged(plain);
  }
});
