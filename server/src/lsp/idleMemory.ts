import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** How long the writer must have left the documents alone before memory is given back. */
export const IDLE_MS = 2000;

/** Heap growth since the last collection that makes a full one worth its pause (a few tens of ms). */
export const GROWTH_BYTES = 16 * 2 ** 20;

/** The heap's size in use, and the size V8 holds for it (what RSS follows), in bytes. */
export interface HeapSize {
  used: number;
  committed: number;
}

/**
 * Gives memory back once editing pauses. Every edit of a long draft leaves its old text behind (a
 * 100-page draft: 200 KB a keystroke), and V8 collects the old generation only when it grows further,
 * so after a burst of typing the server kept some 25–40 MB it no longer needed for as long as the
 * writer paused (measured: RSS unchanged 8 s after 1,000 edits). After IDLE_MS without activity, when
 * the heap has grown by GROWTH_BYTES since the last collection, two full collections run, back to back:
 * the writer is not typing, so their pause is not felt. The second gives back about as much again as the
 * first (after 200 edits and a burst of 1,000 on a 100 KB draft, RSS 2.5 s later: built-in base 118 MB
 * with none, 112 with one, 105 with two; a 20,000-entry base 156, 149, 142).
 *
 * Growth counts in the heap in use or in the heap V8 holds, whichever grew more. After the same burst the
 * heap in use had grown by 12–21 MB, less when V8 seemed to have collected on its own; then the pages
 * stayed held (heap 60 MB, RSS 118 MB where a collection leaves 105), and going by the heap in
 * use alone skipped the collection in 2 of 9 runs of the server benchmark.
 */
export class IdleCollector {
  private timer: NodeJS.Timeout | undefined;
  private afterCollection: HeapSize;

  /** `collect`: one full collection; `heapSize`: the heap's size now. */
  constructor(
    private readonly collect: () => void,
    private readonly heapSize: () => HeapSize = currentHeapSize,
    private readonly idleMs = IDLE_MS,
  ) {
    this.afterCollection = heapSize();
  }

  /** Something happened (a document opened, changed or closed): the idle time starts again. */
  activity(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.idle(), this.idleMs);
    // A server with nothing left to do must still be able to exit.
    this.timer.unref();
  }

  private idle(): void {
    this.timer = undefined;
    const now = this.heapSize();
    const growth = Math.max(now.used - this.afterCollection.used, now.committed - this.afterCollection.committed);
    if (growth < GROWTH_BYTES) return;
    this.collect();
    this.collect();
    this.afterCollection = this.heapSize();
  }
}

function currentHeapSize(): HeapSize {
  const { heapUsed, heapTotal } = process.memoryUsage();
  return { used: heapUsed, committed: heapTotal };
}

let exposed: (() => void) | undefined | null = null;

/**
 * One full collection (see fullCollection), or nothing where it cannot be had. Exposed when first
 * needed: exposing it makes a context, 2.5 ms a server start would otherwise pay.
 */
export function collectFully(): void {
  if (exposed === null) exposed = fullCollection();
  exposed?.();
}

/**
 * V8's full collection, exposed at run time, so that every editor's way of starting the server has it
 * (not only a client that passes --expose-gc); undefined where it cannot be had.
 */
export function fullCollection(): (() => void) | undefined {
  try {
    setFlagsFromString('--expose-gc');
    // The flag applies to contexts made after it is set.
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
}
