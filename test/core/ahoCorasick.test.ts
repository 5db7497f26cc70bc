import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AhoCorasick } from '../../server/src/core/match/ahoCorasick';

/** Every occurrence of every pattern, found the slow, obvious way. */
function naive(text: string, patterns: string[]): string[] {
  const out: string[] = [];
  for (const p of patterns) for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) out.push(`${i}:${p}`);
  return out.sort();
}

test('finds exactly what a naive search finds, overlaps and nested patterns included', () => {
  const alphabet = '制造业强做';
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const word = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
  for (let round = 0; round < 50; round++) {
    const patterns = [...new Set(Array.from({ length: 8 }, () => word(1 + Math.floor(random() * 4))))];
    const text = word(200);
    const matcher = new AhoCorasick<string>();
    for (const p of patterns) matcher.add(p, p);
    const found: string[] = [];
    matcher.build().scan(text, 0, text.length, (start, end, p) => {
      assert.equal(text.slice(start, end), p);
      found.push(`${start}:${p}`);
    });
    assert.deepEqual(found.sort(), naive(text, patterns));
  }
});

test('scans only inside the given range', () => {
  const matcher = new AhoCorasick<string>();
  matcher.add('制造', 'x');
  const hits: number[] = [];
  matcher.build().scan('制造制造制造', 2, 4, (s) => hits.push(s));
  assert.deepEqual(hits, [2]);
});
