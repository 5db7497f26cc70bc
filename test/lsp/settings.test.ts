import { test } from 'node:test';
import assert from 'node:assert/strict';
import { translator } from '../../server/src/lsp/i18n';
import { DEFAULT_SETTINGS, normalizeSettings } from '../../server/src/lsp/settings';

const zh = translator('zh-CN');

test('no settings at all means the defaults, without complaint', () => {
  assert.deepEqual(normalizeSettings(undefined, zh), { settings: DEFAULT_SETTINGS, problems: [] });
  assert.deepEqual(normalizeSettings(null, zh), { settings: DEFAULT_SETTINGS, problems: [] });
});

test('the settings as VS Code sends them', () => {
  const raw = { enable: false, run: 'onSave', rules: { term: 'warning', 'punct/pair': 'off' }, terminology: { files: ['a.yaml', '/abs/b.yaml'] }, trace: { server: 'off' } };
  assert.deepEqual(normalizeSettings(raw, zh), {
    settings: { enable: false, run: 'onSave', rules: { term: 'warning', 'punct/pair': 'off' }, terminologyFiles: ['a.yaml', '/abs/b.yaml'] },
    problems: [],
  });
});

test('invalid values fall back to defaults and are reported by setting name', () => {
  const { settings, problems } = normalizeSettings({ run: 'always', rules: { 'term/typo': 'warn' }, terminology: { files: ['a.yaml', 3] } }, zh);
  assert.deepEqual(settings, { ...DEFAULT_SETTINGS, terminologyFiles: ['a.yaml'] });
  assert.deepEqual(
    problems.map((p) => p.file),
    ['tifa.rules', 'tifa.run', 'tifa.terminology.files'],
  );
  assert.match(problems[0].message, /term\/typo.*"warn"/);
});

test('English problem messages for an English editor', () => {
  const { problems } = normalizeSettings({ run: 'always' }, translator('en'));
  assert.match(problems[0].message, /invalid/);
});
