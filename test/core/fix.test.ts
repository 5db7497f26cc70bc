import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFixes, fixAll, minimalFix } from '../../server/src/core';
import { findingsOf } from '../support/terms';

test('a replacement becomes the smallest edit with the same effect', () => {
  const text = '在做强制制造业上';
  const fix = minimalFix(text, 1, 7, '做强制造业', 't');
  assert.equal(text.slice(0, fix.start) + fix.text + text.slice(fix.end), '在做强制造业上');
  assert.equal(fix.end - fix.start, 1);
  assert.equal(fix.text, '');
});

test('a minimal edit never splits a surrogate pair', () => {
  // 𠀀 (U+20000) and 𠀁 (U+20001) share their high surrogate.
  const text = 'a\u{20000}b';
  const fix = minimalFix(text, 0, text.length, 'a\u{20001}b', 't');
  assert.equal(fix.start, 1);
  assert.equal(fix.end, 3);
  assert.equal(fix.text, '\u{20001}');
});

test('overlapping fixes: the first is taken, the other reported as skipped', () => {
  const { text, applied, skipped } = applyFixes('abcdef', [
    { start: 1, end: 3, text: 'X', title: '' },
    { start: 2, end: 4, text: 'Y', title: '' },
    { start: 5, end: 6, text: 'Z', title: '' },
  ]);
  assert.equal(text, 'aXdeZ');
  assert.equal(applied.length, 2);
  assert.equal(skipped.length, 1);
});

test('fix-all is idempotent and touches nothing outside the findings', () => {
  const draft = '一、在做强制制造业上发力\r\n坚决拥护以习近平为核心的党中央。\r\n加快实现科技自强自立。\r\n';
  const lintText = (t: string) => findingsOf(t);
  const once = fixAll(draft, lintText);
  assert.equal(once.text, '一、在做强制造业上发力\r\n坚决拥护以习近平同志为核心的党中央。\r\n加快实现科技自立自强。\r\n');
  assert.equal(once.fixed, 3);
  const twice = fixAll(once.text, lintText);
  assert.equal(twice.text, once.text);
  assert.equal(twice.fixed, 0);
});
