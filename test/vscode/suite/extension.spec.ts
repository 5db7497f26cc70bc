/// <reference types="mocha" />
/**
 * The extension in a real VS Code: the server starts, publishes diagnostics with rule links, offers hover,
 * quick fixes, fix-all and completion, follows settings, and the commands and snippets work.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { englishUi, hoverText, open, rangeOf, tifaDiagnostics, waitFor, workspaceFile } from './helpers';

const EXTENSION_ID = 'tifa.tifa';
const WRONG = '做强制制造业';
const RIGHT = '做强制造业';

function extension(): vscode.Extension<unknown> {
  const found = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(found, `扩展 ${EXTENSION_ID} 已加载`);
  return found;
}

async function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind)) ?? [];
}

/** The compiled term base shipped with the extension. */
function builtinTerms(): { expected: string; definition?: string }[] {
  const file = join(extension().extensionPath, 'dist', 'terminology.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { entries: { expected: string; definition?: string }[] }).entries;
}

function replacementTexts(action: vscode.CodeAction): string[] {
  return (action.edit?.entries() ?? []).flatMap(([, edits]) => edits.map((edit) => edit.newText));
}

suite('提法 Tifa：真实 VS Code 中的扩展', () => {
  suiteSetup(async () => {
    await open(workspaceFile('草稿.md'));
    await waitFor(() => extension().isActive, '扩展激活');
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test('激活后注册五个命令', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['tifa.fixAll', 'tifa.recheck', 'tifa.browseTerms', 'tifa.openWorkspaceTerms', 'tifa.restartServer']) {
      assert.ok(commands.includes(id), `命令 ${id} 已注册`);
    }
  });

  test('Markdown 草稿中的不规范提法：位置、规则、级别、说明链接、消息语言', async () => {
    const editor = await open(workspaceFile('草稿.md'));
    const uri = editor.document.uri;
    const [diagnostic] = await waitFor(() => tifaDiagnostics(uri, 'term/variant').length > 0 && tifaDiagnostics(uri, 'term/variant'), '草稿.md 的诊断');
    assert.equal(tifaDiagnostics(uri).length, 1, `只报告一处：${tifaDiagnostics(uri).map((d) => d.message).join(' | ')}`);
    assert.deepEqual(diagnostic.range, rangeOf(editor.document, WRONG));
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    const code = diagnostic.code as { value: string; target: vscode.Uri };
    assert.equal(code.target.scheme, 'file');
    assert.ok(code.target.path.endsWith('/docs/rules/term-variant.md'), `说明链接：${code.target.toString()}`);
    assert.ok(readFileSync(code.target.fsPath, 'utf8').includes('term/variant'), '说明页随扩展一起发布');
    assert.ok(diagnostic.message.includes(RIGHT), diagnostic.message);
    if (englishUi) assert.doesNotMatch(diagnostic.message, /不是规范提法/, 'VS Code 为英文时消息为英文');
    else assert.match(diagnostic.message, /「做强制制造业」/);
  });

  test('悬停显示规范写法和释义', async () => {
    const editor = await open(workspaceFile('草稿.md'));
    await waitFor(() => tifaDiagnostics(editor.document.uri).length > 0, '诊断');
    const inside = rangeOf(editor.document, WRONG).start.translate(0, 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, inside);
    const text = hoverText(hovers);
    assert.ok(text.includes(RIGHT), `悬停内容：${text}`);
    const definition = builtinTerms().find((entry) => entry.expected === RIGHT)?.definition;
    assert.ok(definition && text.includes(definition), `悬停包含术语库释义：${text}`);
  });

  test('首选快速修复只改错处，修复后诊断消失；另有「在此行停用该规则」', async () => {
    const editor = await open(workspaceFile('草稿.md'));
    const uri = editor.document.uri;
    const [diagnostic] = await waitFor(() => tifaDiagnostics(uri, 'term/variant').length > 0 && tifaDiagnostics(uri, 'term/variant'), '诊断');
    const actions = await codeActions(uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.isPreferred && a.title.includes(RIGHT));
    assert.ok(fix, `有首选修复（得到：${actions.map((a) => a.title).join(' | ')}）`);
    const disable = actions.find((a) => replacementTexts(a).some((text) => text.includes('<!-- tifa-disable-next-line term/variant -->')));
    assert.ok(disable, `有「在此行停用该规则」（得到：${actions.map((a) => a.title).join(' | ')}）`);
    const before = editor.document.getText();
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    assert.equal(editor.document.getText(), before.replace(WRONG, RIGHT));
    await waitFor(() => tifaDiagnostics(uri).length === 0, '修复后诊断消失');
  });

  test('纯文本文件（CRLF）同样检查，修复保留 CRLF', async () => {
    const editor = await open(workspaceFile('纯文本.txt'));
    assert.equal(editor.document.languageId, 'plaintext');
    const uri = editor.document.uri;
    const [diagnostic] = await waitFor(() => tifaDiagnostics(uri, 'term/variant').length > 0 && tifaDiagnostics(uri, 'term/variant'), '纯文本诊断');
    assert.deepEqual(diagnostic.range, rangeOf(editor.document, WRONG));
    const [fix] = (await codeActions(uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value)).filter((a) => a.isPreferred);
    assert.ok(fix && (await vscode.workspace.applyEdit(fix.edit!)));
    assert.equal(editor.document.eol, vscode.EndOfLine.CRLF);
    assert.ok(editor.document.getText().includes(`${RIGHT}摆在突出位置。\r\n`));
  });

  test('正确的文本不报告（插入一处错误以确认已检查过）', async () => {
    const editor = await open(workspaceFile('正确.md'));
    const uri = editor.document.uri;
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    await editor.edit((edit) => edit.insert(end, `\n要${WRONG}。\n`));
    await waitFor(() => tifaDiagnostics(uri).length > 0, '插入错误后的诊断');
    const diagnostics = tifaDiagnostics(uri);
    assert.equal(diagnostics.length, 1, diagnostics.map((d) => `${d.range.start.line}:${d.message}`).join(' | '));
    assert.equal(diagnostics[0].range.start.line, editor.document.lineCount - 2, '唯一的问题在插入的那一行');
  });

  test('「修复所有问题」一次改完，再执行一次不变', async () => {
    const editor = await open(workspaceFile('多处问题.md'));
    const uri = editor.document.uri;
    await waitFor(() => tifaDiagnostics(uri, 'term/variant').length === 3, '三处不规范提法');
    await vscode.commands.executeCommand('tifa.fixAll');
    const fixed = await waitFor(() => !editor.document.getText().includes(WRONG) && editor.document.getText(), '修复所有问题');
    assert.ok(fixed.includes('推进高水平科技自立自强'));
    assert.equal(fixed.split(RIGHT).length - 1, 2);
    await waitFor(() => tifaDiagnostics(uri).length === 0, '修复后没有诊断');
    await vscode.commands.executeCommand('tifa.fixAll');
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(editor.document.getText(), fixed, '再修复一次不改变文本');
  });

  test('补全规范术语', async () => {
    const editor = await open(workspaceFile('补全.md'));
    const line = editor.document.lineCount - 1;
    await editor.edit((edit) => edit.insert(new vscode.Position(line, 0), '加快培育新质'));
    const position = new vscode.Position(line, '加快培育新质'.length);
    const list = await waitFor(async () => {
      const result = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, position);
      return result.items.some((item) => (typeof item.label === 'string' ? item.label : item.label.label) === '新质生产力') && result;
    }, '补全「新质生产力」');
    const item = list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === '新质生产力')!;
    const insert = typeof item.insertText === 'string' ? item.insertText : item.insertText?.value ?? '新质生产力';
    assert.ok(insert.includes('生产力'), `补全插入：${insert}`);
  });

  test('设置 tifa.rules 关闭规则后诊断消失，恢复后重现（未保存的新文档）', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: `今年要在${WRONG}上持续用力。\n` });
    await vscode.window.showTextDocument(document);
    await waitFor(() => tifaDiagnostics(document.uri, 'term/variant').length === 1, '未保存文档的诊断');
    const config = vscode.workspace.getConfiguration('tifa');
    try {
      await config.update('rules', { 'term/variant': 'off' }, vscode.ConfigurationTarget.Workspace);
      await waitFor(() => tifaDiagnostics(document.uri, 'term/variant').length === 0, '关闭规则后诊断消失');
    } finally {
      await config.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor(() => tifaDiagnostics(document.uri, 'term/variant').length === 1, '恢复后诊断重现');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('设置 tifa.terminology.files（相对工作区文件夹）加载用户术语库', async () => {
    const editor = await open(workspaceFile('本单位用语.md'));
    const uri = editor.document.uri;
    const config = vscode.workspace.getConfiguration('tifa', uri);
    // The term base is not loaded yet: prove the document was checked by waiting for an edit's finding.
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), `${WRONG}\n\n`));
    await waitFor(() => tifaDiagnostics(uri).length > 0, '内置术语库的诊断');
    assert.deepEqual(tifaDiagnostics(uri).map((d) => d.message).filter((m) => m.includes('智慧园区管理平台')), []);
    try {
      await config.update('terminology.files', ['术语/本单位.yaml'], vscode.ConfigurationTarget.Workspace);
      const [diagnostic] = await waitFor(() => {
        const found = tifaDiagnostics(uri, 'term/variant').filter((d) => d.message.includes('智慧园区管理平台'));
        return found.length > 0 && found;
      }, '用户术语库的诊断');
      assert.deepEqual(diagnostic.range, rangeOf(editor.document, '智能园区管理平台'));
    } finally {
      await config.update('terminology.files', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  test('设置 tifa.enable 为 false 时清除诊断，恢复后重新检查', async () => {
    const editor = await open(workspaceFile('草稿.md'));
    const uri = editor.document.uri;
    await waitFor(() => tifaDiagnostics(uri).length > 0, '诊断');
    const config = vscode.workspace.getConfiguration('tifa', uri);
    try {
      await config.update('enable', false, vscode.ConfigurationTarget.Workspace);
      await waitFor(() => tifaDiagnostics(uri).length === 0, '停用后诊断清除');
    } finally {
      await config.update('enable', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor(() => tifaDiagnostics(uri).length > 0, '启用后诊断重现');
  });

  test('「浏览术语表」回车插入所选术语', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
    await vscode.window.showTextDocument(document);
    const picking = vscode.commands.executeCommand('tifa.browseTerms');
    // The quick pick opens once the server has answered tifa/listTerms; accepting before that is a no-op.
    const inserted = await waitFor(async () => {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      return document.getText();
    }, '回车插入术语');
    await picking;
    assert.ok(builtinTerms().some((entry) => entry.expected === inserted), `插入的是术语库中的词条：${inserted}`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('「打开工作区术语文件」在缺少时创建并打开 .tifa/terms.yaml', async () => {
    await open(workspaceFile('草稿.md'));
    await vscode.commands.executeCommand('tifa.openWorkspaceTerms');
    const editor = await waitFor(() => vscode.window.activeTextEditor?.document.uri.path.endsWith('/.tifa/terms.yaml') && vscode.window.activeTextEditor, '术语文件打开');
    assert.match(editor.document.getText(), /^version: 1$/m);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('「忽略此词」写入上一步创建的工作区术语表（保留注释），问题随即消失；删除该文件后重现', async () => {
    const termsFile = workspaceFile('.tifa/terms.yaml').fsPath;
    const commentsBefore = readFileSync(termsFile, 'utf8').split('\n').filter((line) => line.startsWith('#'));
    const editor = await open(workspaceFile('纯文本.txt'));
    const uri = editor.document.uri;
    const [diagnostic] = await waitFor(() => tifaDiagnostics(uri, 'term/variant').length > 0 && tifaDiagnostics(uri, 'term/variant'), '诊断');
    const actions = await codeActions(uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const ignore = actions.find((a) => a.command?.command === 'tifa.ignoreWord');
    assert.ok(ignore?.command, `有「忽略此词」（得到：${actions.map((a) => a.title).join(' | ')}）`);
    await vscode.commands.executeCommand(ignore.command.command, ...(ignore.command.arguments ?? []));
    await waitFor(() => tifaDiagnostics(uri, 'term/variant').length === 0, '忽略后诊断消失');
    const terms = readFileSync(termsFile, 'utf8');
    assert.match(terms, /ignore:/);
    assert.ok(terms.includes(WRONG), terms);
    for (const comment of commentsBefore) assert.ok(terms.includes(comment), `保留了注释：${comment}`);
    // Later tests need the word reported again: the server reloads the term file when it changes on disk.
    await vscode.workspace.fs.delete(workspaceFile('.tifa/terms.yaml'));
    await waitFor(() => tifaDiagnostics(uri, 'term/variant').length === 1, '删除工作区术语表后问题重现');
  });
});

suite('提法 Tifa：片段与服务命令', () => {
  test('「通知」片段在编辑器中展开：发文字号用六角括号、成文日期不编虚位，且没有任何问题', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: '通知' });
    const text = await waitFor(() => document.getText().includes('的通知') && document.getText(), '片段展开');
    const now = new Date();
    assert.ok(text.includes(`〔${now.getFullYear()}〕1号`), text);
    assert.ok(text.includes(`${now.getFullYear()}年${now.getMonth() + 1}月${now.getDate()}日`), text);
    // An edit after the snippet proves the document has been checked before asserting there is nothing to report.
    await vscode.window.activeTextEditor!.edit((edit) => edit.insert(new vscode.Position(0, 0), `${WRONG}\n\n`));
    await waitFor(() => tifaDiagnostics(document.uri).length > 0, '插入错误后的诊断');
    assert.deepEqual(tifaDiagnostics(document.uri).map((d) => `${d.range.start.line}: ${d.message}`), [`0: ${tifaDiagnostics(document.uri)[0].message}`]);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('「重启 Tifa 服务」后检查照常，「重新检查」由服务器执行', async () => {
    await vscode.commands.executeCommand('tifa.restartServer');
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: `要${WRONG}。` });
    await vscode.window.showTextDocument(document);
    await waitFor(() => tifaDiagnostics(document.uri, 'term/variant').length === 1, '重启后的诊断');
    await vscode.commands.executeCommand('tifa.recheck');
    await waitFor(() => tifaDiagnostics(document.uri, 'term/variant').length === 1, '重新检查后的诊断');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
