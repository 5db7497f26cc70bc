import assert from 'node:assert/strict';
import test from 'node:test';
import { BigramSides } from '../../server/src/core/match/bigramSides';

const bigram = (text: string) => (text.charCodeAt(0) << 16) | text.charCodeAt(1);

test('BigramSides keeps every bigram’s side bits, turns most absent bigrams away, and is read back from its array', () => {
  const present = new Map<number, number>();
  for (let i = 0; i < 2000; i++) present.set(bigram(String.fromCharCode(0x4e00 + i, 0x5e00 + ((i * 7) % 500))), 1 + (i % 3));
  const sides = BigramSides.build(present);
  for (const [b, side] of present) assert.equal(sides.of(b) & side, side);
  assert.ok(sides.parts().length >= 8 * present.size);
  let passed = 0;
  for (let i = 0; i < 10000; i++) if (sides.of(bigram(String.fromCharCode(0x7000 + (i % 100), 0x7100 + Math.floor(i / 100)))) !== 0) passed++;
  assert.ok(passed < 2000, `${passed} of 10,000 absent bigrams passed`);
  const restored = BigramSides.restore(Uint8Array.from(sides.parts()))!;
  for (const [b, side] of present) assert.equal(restored.of(b), sides.of(b), String(side));
});

test('BigramSides.restore takes only an array a build could have made', () => {
  assert.equal(BigramSides.restore(undefined), undefined);
  assert.equal(BigramSides.restore(new Uint8Array(512)), undefined, 'fewer buckets than the least');
  assert.equal(BigramSides.restore(new Uint8Array(3000)), undefined, 'not a power of two');
  assert.equal(BigramSides.restore(new Uint8Array(1 << 18)), undefined, 'more buckets than the most');
  assert.ok(BigramSides.restore(new Uint8Array(1 << 12)));
});
