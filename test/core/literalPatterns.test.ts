import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AhoCorasickBuilder } from '../../server/src/core/match/ahoCorasickBuilder';
import { GRAM, LiteralPatterns } from '../../server/src/core/match/literalPatterns';

function seeded(seed: number): () => number {
  return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

/** What an Aho–Corasick automaton of the same patterns reports, in its order: the order LiteralPatterns keeps. */
function byAutomaton(patterns: { pattern: string; value: number }[], text: string, start = 0, end = text.length): string[] {
  const builder = new AhoCorasickBuilder<number>();
  for (const { pattern, value } of patterns) builder.add(pattern, value);
  const found: string[] = [];
  builder.build().scan(text, start, end, (s, e, value) => found.push(`${s}-${e}:${value}`));
  return found;
}

function byLiteralPatterns(matcher: LiteralPatterns<number>, text: string, start = 0, end = text.length): string[] {
  const found: string[] = [];
  matcher.scan(text, start, end, (s, e, value) => found.push(`${s}-${e}:${value}`));
  return found;
}

/**
 * Random patterns of 1–8 code units over a small alphabet (so that they overlap, nest, end together and
 * repeat: the same string as two values), and texts of the same units with a surrogate pair (𠀀) among them.
 */
function randomCase(random: () => number): { patterns: { pattern: string; value: number }[]; likely: string[]; text: string } {
  const units = ['制', '造', '业', '强', '做', '\ud840\udc00'];
  const word = (n: number) => Array.from({ length: n }, () => units[Math.floor(random() * units.length)]).join('');
  const patterns = Array.from({ length: 12 }, (_, value) => ({ pattern: word(1 + Math.floor(random() * 6)), value }));
  patterns.push({ pattern: patterns[0].pattern, value: patterns.length });
  return { patterns, likely: Array.from({ length: 5 }, () => word(6)), text: word(300) };
}

test('LiteralPatterns reports what an Aho–Corasick automaton of the same patterns reports, in the same order', () => {
  const random = seeded(3);
  let anchored = 0;
  let sameEnd = 0;
  for (let round = 0; round < 200; round++) {
    const { patterns, likely, text } = randomCase(random);
    const matcher = LiteralPatterns.build(patterns, likely);
    const expected = byAutomaton(patterns, text);
    assert.deepEqual(byLiteralPatterns(matcher, text), expected, `round ${round}`);
    const start = Math.floor(random() * 100);
    const end = start + Math.floor(random() * 200);
    assert.deepEqual(byLiteralPatterns(matcher, text, start, end), byAutomaton(patterns, text, start, end), `round ${round}, range ${start}–${end}`);
    anchored += expected.filter((f) => patterns[Number(f.split(':')[1])].pattern.length >= GRAM).length;
    sameEnd += expected.filter((f, i) => i > 0 && f.split(':')[0].split('-')[1] === expected[i - 1].split(':')[0].split('-')[1]).length;
  }
  // The cases exercise what they are for: patterns found by their anchors, and several ending at one place.
  assert.ok(anchored > 300, `matches of anchored patterns: ${anchored}`);
  assert.ok(sameEnd > 500, `matches ending where the one before ends: ${sameEnd}`);
});

test('a pattern is found whichever of its runs is its anchor, and not past the range scanned', () => {
  // The likely text holds every run of 制造业强做 but the last: that one, 造业强做, is the anchor.
  const matcher = LiteralPatterns.build([{ pattern: '制造业强做', value: 1 }], ['制造业强', '做强制造业']);
  assert.deepEqual(byLiteralPatterns(matcher, '要做制造业强做好'), ['2-7:1']);
  assert.deepEqual(byLiteralPatterns(matcher, '要做制造业强做好', 3, 8), []);
  assert.deepEqual(byLiteralPatterns(matcher, '要做制造业强做好', 0, 6), []);
  assert.deepEqual(byLiteralPatterns(matcher, '制造业强做'), ['0-5:1']);
});

test('two patterns of the same string are reported in the order given, even when the later one has the earlier anchor', () => {
  // 制造业强 is taken by the first pattern, so the second's anchor is 造业强做; the fourth then finds that
  // one more taken than 制造业强, and is anchored first.
  const patterns = ['制造业强', '制造业强做', '造业强做', '制造业强做'].map((pattern, value) => ({ pattern, value }));
  const matcher = LiteralPatterns.build(patterns, []);
  assert.deepEqual(byLiteralPatterns(matcher, '制造业强做'), byAutomaton(patterns, '制造业强做'));
  assert.deepEqual(byLiteralPatterns(matcher, '制造业强做'), ['0-4:0', '0-5:1', '0-5:3', '1-5:2']);
});

test('kept and restored, it reports the same, the patterns shorter than an anchor included', () => {
  const random = seeded(9);
  for (let round = 0; round < 30; round++) {
    const { patterns, likely, text } = randomCase(random);
    const built = LiteralPatterns.build(patterns, likely);
    const restored = LiteralPatterns.restore(built.parts(), patterns.map((p) => p.value));
    assert.ok(restored, `round ${round}`);
    assert.deepEqual(byLiteralPatterns(restored, text), byLiteralPatterns(built, text), `round ${round}`);
  }
});

test('restore refuses arrays that do not fit together or the items', () => {
  const patterns = [
    { pattern: '做强制造业', value: 0 },
    { pattern: '制造', value: 1 },
  ];
  const { int32, uint16, uint8 } = LiteralPatterns.build(patterns, []).parts();
  const items = [0, 1];
  assert.ok(LiteralPatterns.restore({ int32, uint16, uint8 }, items));
  assert.equal(LiteralPatterns.restore({ int32, uint16, uint8 }, [0]), undefined, 'one item fewer');
  int32.forEach((_, i) => {
    const shorter = int32.map((a, j) => (j === i ? a.subarray(1) : a));
    assert.equal(LiteralPatterns.restore({ int32: shorter, uint16, uint8 }, items), undefined, `int32 array ${i} one shorter`);
  });
  assert.equal(LiteralPatterns.restore({ int32: int32.slice(0, -1), uint16, uint8 }, items), undefined, 'an int32 array fewer');
  assert.equal(LiteralPatterns.restore({ int32, uint16: [uint16[0].subarray(1), ...uint16.slice(1)], uint8 }, items), undefined, 'the patterns’ code units one shorter');
  assert.equal(LiteralPatterns.restore({ int32, uint16: uint16.slice(0, 1), uint8 }, items), undefined, 'without the short patterns’ automaton');
});
