import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PROMPT_LINT_MS, TYPING_DEBOUNCE_MS, typingDelay } from '../../server/src/lsp/linter';

test('an edit after a pause is linted at once when the last lint was quick', () => {
  assert.equal(typingDelay(12, 300, false), 0);
  assert.equal(typingDelay(PROMPT_LINT_MS, PROMPT_LINT_MS, false), 0);
});

test('edits coming faster than the last lint took wait for the typing pause', () => {
  assert.equal(typingDelay(12, 3, false), TYPING_DEBOUNCE_MS);
  assert.equal(typingDelay(12, 11.9, false), TYPING_DEBOUNCE_MS);
});

test('before the first lint, and after a slow one, the edit waits for the pause', () => {
  assert.equal(typingDelay(undefined, Number.POSITIVE_INFINITY, false), TYPING_DEBOUNCE_MS);
  assert.equal(typingDelay(PROMPT_LINT_MS + 1, 10_000, false), TYPING_DEBOUNCE_MS);
});

test('a lint slower than the debounce makes the next one wait as long as it took', () => {
  assert.equal(typingDelay(400, 10_000, false), 400);
});

test('an edit arriving while the lint of the edit before still waits to run is part of a burst', () => {
  assert.equal(typingDelay(12, 300, false), 0);
  assert.equal(typingDelay(12, 300, true), TYPING_DEBOUNCE_MS);
});
