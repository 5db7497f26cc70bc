import assert from 'node:assert/strict';
import test from 'node:test';
import { compiledTermsJson, type TermEntry, type TermFile } from '../../server/src/core';
import { contentKeyOf } from '../../server/src/core/terminology/contentKey';

const entry = (expected: string, more: Partial<TermEntry> = {}): TermEntry => ({ expected, patterns: [`${expected}了`], specs: [], origin: { file: 'team.yaml', line: 2 }, ...more });
const file = (entries: TermEntry[], more: Partial<TermFile> = {}): TermFile => ({ file: 'team.yaml', entries, ignore: [], disable: [], ...more });

test('a file without a token is keyed by what derived data depends on: expected forms, patterns, word boundaries, typo flags, disable lists and order', () => {
  const base = [file([entry('高质量发展'), entry('新质生产力')])];
  const key = contentKeyOf(base);
  const changed: [string, TermFile[]][] = [
    ['an expected form', [file([entry('高质量发展'), entry('新型生产力')])]],
    ['a pattern', [file([entry('高质量发展', { patterns: ['高品质发展'] }), entry('新质生产力')])]],
    ['a word boundary', [file([entry('高质量发展', { options: { wordBoundary: true } }), entry('新质生产力')])]],
    ['a typo flag', [file([entry('高质量发展', { typo: false }), entry('新质生产力')])]],
    ['a disable list', [file([entry('高质量发展'), entry('新质生产力')], { disable: ['共同富裕'] })]],
    ['the order of entries', [file([entry('新质生产力'), entry('高质量发展')])]],
    ['the split into files', [file([entry('高质量发展')]), file([entry('新质生产力')])]],
  ];
  for (const [what, files] of changed) assert.notEqual(contentKeyOf(files), key, what);
  // What the derived data does not depend on leaves the key alone.
  const same = [file([entry('高质量发展', { definition: '释义', origin: { file: 'other.yaml', line: 9 } }), entry('新质生产力')], { ignore: ['条词'], file: 'other.yaml' })];
  assert.equal(contentKeyOf(same), key);
});

test('a file with a token is keyed by the token alone, which a file’s entries can never spell', () => {
  const entries = [entry('高质量发展')];
  const withToken = file(entries, { token: 'abc.123' });
  assert.equal(contentKeyOf([withToken]), contentKeyOf([file([entry('别的词条')], { token: 'abc.123' })]));
  assert.notEqual(contentKeyOf([withToken]), contentKeyOf([file(entries, { token: 'abc.124' })]));
  assert.notEqual(contentKeyOf([withToken]), contentKeyOf([file(entries)]));
  assert.ok(!contentKeyOf([withToken]).includes('高质量发展'), 'the entries are not read into the key');
});

test('the compiled built-in base carries a token made from its content: the same content, the same token; another entry, another', () => {
  const tokenOf = (termFile: TermFile) => (JSON.parse(compiledTermsJson(termFile)) as TermFile).token;
  const termFile = file([entry('高质量发展'), entry('新质生产力')]);
  const token = tokenOf(termFile);
  assert.match(token ?? '', /^builtin\.\d+\.[0-9a-f]{8}$/);
  assert.equal(tokenOf({ ...termFile, token: 'an older build’s' }), token, 'an old token does not enter the new one');
  assert.notEqual(tokenOf(file([entry('高质量发展'), entry('新型生产力')])), token);
  assert.notEqual(tokenOf({ ...termFile, ignore: ['条词'] }), token);
});
