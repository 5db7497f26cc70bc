import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AhoCorasick } from '../../server/src/core/match/ahoCorasick';
import { AhoCorasickBuilder } from '../../server/src/core/match/ahoCorasickBuilder';

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
    const builder = new AhoCorasickBuilder<string>();
    for (const p of patterns) builder.add(p, p);
    const found: string[] = [];
    builder.build().scan(text, 0, text.length, (start, end, p) => {
      assert.equal(text.slice(start, end), p);
      found.push(`${start}:${p}`);
    });
    assert.deepEqual(found.sort(), naive(text, patterns));
  }
});

test('scanLongest reports, at each end where some pattern ends, the longest one, as the naive search finds it', () => {
  const alphabet = '制造业强做';
  let seed = 5;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const word = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
  let shorterLeftOut = 0;
  for (let round = 0; round < 50; round++) {
    const patterns = [...new Set(Array.from({ length: 8 }, () => word(1 + Math.floor(random() * 4))))];
    const text = word(200);
    const builder = new AhoCorasickBuilder<string>();
    for (const p of patterns) builder.add(p, p);
    const longestByEnd = new Map<number, number>();
    for (const hit of naive(text, patterns)) {
      const [at, p] = hit.split(':');
      const end = Number(at) + p.length;
      if (longestByEnd.has(end)) shorterLeftOut++;
      longestByEnd.set(end, Math.max(longestByEnd.get(end) ?? 0, p.length));
    }
    const found: string[] = [];
    builder.build().scanLongest(text, 0, text.length, (start, end) => found.push(`${start}-${end}`));
    assert.deepEqual(found, [...longestByEnd].sort((a, b) => a[0] - b[0]).map(([end, length]) => `${end - length}-${end}`));
  }
  assert.ok(shorterLeftOut > 50, `patterns ending together: ${shorterLeftOut}`);
});

test('a large automaton, nodes with hundreds of children, finds exactly what a naive search finds', () => {
  // 300 code units after a shared first character: the first node has 300 children, looked up in the edge table.
  let seed = 11;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const unit = () => String.fromCharCode(0x4e00 + Math.floor(random() * 300));
  const patterns = [...new Set(Array.from({ length: 3000 }, () => '的' + Array.from({ length: 1 + Math.floor(random() * 3) }, unit).join('')))];
  const text = Array.from({ length: 20000 }, () => (random() < 0.3 ? '的' : unit())).join('');
  const builder = new AhoCorasickBuilder<string>();
  for (const p of patterns) builder.add(p, p);
  const found: string[] = [];
  builder.build().scan(text, 0, text.length, (start, _end, p) => found.push(`${start}:${p}`));
  const expected = naive(text, patterns);
  assert.ok(expected.length > 1000, 'the text has matches to find');
  assert.deepEqual(found.sort(), expected);
});

test('scans only inside the given range', () => {
  const builder = new AhoCorasickBuilder<string>();
  builder.add('制造', 'x');
  const hits: number[] = [];
  builder.build().scan('制造制造制造', 2, 4, (s) => hits.push(s));
  assert.deepEqual(hits, [2]);
});

test('an automaton restored from its parts finds what the built one finds; parts that do not fit are refused', () => {
  const builder = new AhoCorasickBuilder<string>();
  const patterns = ['制造业', '做强', '强制', '制造', '业', '做强制造业', '𠀋制'];
  for (const p of patterns) builder.add(p, p);
  const built = builder.build();
  const text = '做强制造业，做强制制造业，𠀋制造';
  const found = (matcher: AhoCorasick<string>) => {
    const out: string[] = [];
    matcher.scan(text, 0, text.length, (start, end, p) => out.push(`${start}-${end}:${p}`));
    return out;
  };
  // The builder's items are the patterns, in the order added.
  const restored = AhoCorasick.restore(built.parts(), patterns);
  assert.ok(restored);
  assert.deepEqual(found(restored), found(built));
  assert.ok(found(built).length >= 10);
  assert.equal(built.longestPattern(), 5, '做强制造业');
  assert.equal(restored.longestPattern(), 5);
  assert.equal(new AhoCorasickBuilder<string>().build().longestPattern(), 0);
  // The items are looked up by number: other items give other values at the same places; a list that
  // makes each when asked for is asked only for the ones matched.
  assert.deepEqual(found(AhoCorasick.restore(built.parts(), patterns.map((p) => p + '!'))!), found(built).map((hit) => hit + '!'));
  const asked = new Set<number>();
  const lazy = { length: patterns.length, at: (i: number) => (asked.add(i), patterns[i]) };
  assert.deepEqual(found(AhoCorasick.restore(built.parts(), lazy)!), found(built));
  assert.deepEqual([...asked].sort(), [0, 1, 2, 3, 4, 5, 6].filter((i) => found(built).some((hit) => hit.endsWith(`:${patterns[i]}`))));

  assert.equal(AhoCorasick.restore(built.parts(), patterns.slice(1)), undefined, 'one item fewer');
  const { int32, uint16, uint8 } = built.parts();
  // The last array is the edge table's values, which the scan never reads (the targets are the keys' tags).
  for (let i = 0; i < int32.length - 1; i++) {
    const shorter = int32.map((a, j) => (j === i ? a.subarray(1) : a));
    assert.equal(AhoCorasick.restore({ int32: shorter, uint16, uint8 }, patterns), undefined, `int32 array ${i} one shorter`);
  }
  assert.equal(AhoCorasick.restore({ int32, uint16: [uint16[0].subarray(1)], uint8 }, patterns), undefined, 'edge characters one shorter');
  assert.equal(AhoCorasick.restore({ int32, uint16, uint8: [uint8[0], uint8[1].subarray(1)] }, patterns), undefined, 'outputs one shorter');
  assert.equal(AhoCorasick.restore({ int32: int32.slice(0, 8), uint16, uint8 }, patterns), undefined, 'no edge table');
});
