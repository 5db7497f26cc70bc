import assert from 'node:assert/strict';
import test from 'node:test';
import fc from 'fast-check';
import { IntMultiMap, IntMultiMapBuilder } from '../../server/src/core/match/intMultiMap';

/** Few distinct keys, negative ones included, so that keys repeat and collide in the table. */
const key = fc.integer({ min: -4, max: 40 });

test('IntMultiMap gives each key the values added under it, in the order added, and misses absent keys', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(key, key, fc.integer()), { maxLength: 300 }), fc.array(fc.tuple(key, key), { maxLength: 30 }), (added, queries) => {
      const builder = new IntMultiMapBuilder();
      const expected = new Map<string, number[]>();
      for (const [k1, k2, value] of added) {
        builder.add(k1, k2, value);
        const list = expected.get(`${k1},${k2}`) ?? [];
        list.push(value);
        expected.set(`${k1},${k2}`, list);
      }
      const map = IntMultiMap.build(builder);
      for (const [k1, k2] of [...added.map(([a, b]) => [a, b] as const), ...queries]) {
        const slot = map.find(k1, k2);
        const want = expected.get(`${k1},${k2}`);
        if (!want) {
          assert.equal(slot, -1);
          continue;
        }
        assert.deepEqual([...map.values.subarray(map.from(slot), map.to(slot))], want);
      }
    }),
    { numRuns: 300 },
  );
});

test('IntMultiMap with nothing added finds nothing', () => {
  assert.equal(IntMultiMap.build(new IntMultiMapBuilder()).find(0, 0), -1);
});

test('IntMultiMap gives each key the tag worked out from its values, and keeps it through parts() and restore()', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(key, key, fc.integer({ min: -1000, max: 1000 })), { minLength: 1, maxLength: 200 }), (added) => {
      const builder = new IntMultiMapBuilder();
      for (const [k1, k2, value] of added) builder.add(k1, k2, value);
      // The sum of a key's values, and how many: a tag that depends on all of them.
      const tagOf = (values: Int32Array, from: number, to: number) => values.subarray(from, to).reduce((sum, v) => sum + v, 0) * 1000 + (to - from);
      const map = IntMultiMap.build(builder, tagOf);
      const restored = IntMultiMap.restore(map.parts())!;
      for (const [k1, k2] of added) {
        const values = added.filter(([a, b]) => a === k1 && b === k2).map(([, , v]) => v);
        const want = values.reduce((sum, v) => sum + v, 0) * 1000 + values.length;
        assert.equal(map.tag(map.find(k1, k2)), want);
        assert.equal(restored.tag(restored.find(k1, k2)), want);
      }
    }),
    { numRuns: 200 },
  );
  const untagged = new IntMultiMapBuilder();
  untagged.add(1, 2, 3);
  const map = IntMultiMap.build(untagged);
  assert.equal(map.tag(map.find(1, 2)), 0);
});
