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
