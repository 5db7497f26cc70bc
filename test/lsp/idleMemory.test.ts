import assert from 'node:assert/strict';
import { mock, test } from 'node:test';
import { fullCollection, GROWTH_BYTES, type HeapSize, IDLE_MS, IdleCollector } from '../../server/src/lsp/idleMemory';

/** A collector over a heap whose sizes the test sets, counting collections; timers are the test's. */
function collector(): { idle: IdleCollector; heap: HeapSize; collections: () => number } {
  const heap = { used: 100 * 2 ** 20, committed: 120 * 2 ** 20 };
  let collections = 0;
  const idle = new IdleCollector(
    () => {
      collections++;
      heap.used = 90 * 2 ** 20;
      heap.committed = 110 * 2 ** 20;
    },
    () => ({ ...heap }),
  );
  return { idle, heap, collections: () => collections };
}

function withMockTimers(run: () => void): void {
  mock.timers.enable({ apis: ['setTimeout'] });
  try {
    run();
  } finally {
    mock.timers.reset();
  }
}

test('memory is given back once the documents are left alone for a while, and the heap has grown: two full collections', () => {
  withMockTimers(() => {
    const { idle, heap, collections } = collector();
    heap.used += GROWTH_BYTES;
    idle.activity();
    mock.timers.tick(IDLE_MS - 1);
    assert.equal(collections(), 0, 'not while the writer may still be typing');
    mock.timers.tick(1);
    assert.equal(collections(), 2);
  });
});

test('each edit starts the idle time again: no collection while typing goes on', () => {
  withMockTimers(() => {
    const { idle, heap, collections } = collector();
    heap.used += 2 * GROWTH_BYTES;
    for (let keystroke = 0; keystroke < 20; keystroke++) {
      idle.activity();
      mock.timers.tick(IDLE_MS / 2);
    }
    assert.equal(collections(), 0);
    mock.timers.tick(IDLE_MS / 2);
    assert.equal(collections(), 2);
  });
});

test('no collection when neither the heap in use nor the heap held has grown enough since the last one', () => {
  withMockTimers(() => {
    const { idle, heap, collections } = collector();
    heap.used += GROWTH_BYTES - 1;
    heap.committed += GROWTH_BYTES - 1;
    idle.activity();
    mock.timers.tick(IDLE_MS);
    assert.equal(collections(), 0);
    heap.used += 1;
    idle.activity();
    mock.timers.tick(IDLE_MS);
    assert.equal(collections(), 2, 'growth counts from the last collection, not from the last pause');
    // Measured again after collecting (90 MB): a pause with no growth since collects nothing.
    idle.activity();
    mock.timers.tick(IDLE_MS);
    assert.equal(collections(), 2);
    heap.used += GROWTH_BYTES;
    idle.activity();
    mock.timers.tick(IDLE_MS);
    assert.equal(collections(), 4);
  });
});

test('memory is given back when V8 collected on its own but kept the pages: the heap it holds has grown', () => {
  withMockTimers(() => {
    const { idle, heap, collections } = collector();
    // After a burst that V8 collected itself: little more in use than before, much more held.
    heap.used += GROWTH_BYTES / 4;
    heap.committed += GROWTH_BYTES;
    idle.activity();
    mock.timers.tick(IDLE_MS);
    assert.equal(collections(), 2);
  });
});

test('a full collection can be had at run time, and it frees what nothing holds any longer', () => {
  const collect = fullCollection();
  assert.equal(typeof collect, 'function');
  collect!();
  const before = process.memoryUsage().heapUsed;
  let garbage: string[] | undefined = Array.from({ length: 200_000 }, (_, i) => `稿${i}`.repeat(20));
  assert.ok(process.memoryUsage().heapUsed > before + 20 * 2 ** 20, 'the garbage takes room');
  garbage = undefined;
  collect!();
  assert.equal(garbage, undefined);
  assert.ok(process.memoryUsage().heapUsed < before + 10 * 2 ** 20, 'and is collected');
});
