import type { ProseBlock, ProseDocument } from './document';
import type { Finding } from './types';

/**
 * What an editor keeps between two lints of one document, so that block-scoped rules run only on the
 * blocks an edit touched. Findings of unchanged blocks are reused, moved by how far their block moved.
 */
export class LintCache {
  /** @internal the last lint: its inputs, its blocks and each block-scoped rule's findings per block. */
  last?: CachedLint;
}

export interface CachedLint {
  inputs: readonly unknown[];
  keys: string[];
  starts: number[];
  /** Rule id → findings per block (index into `keys`), before suppression comments apply. */
  byRule: Map<string, Finding[][]>;
}

/**
 * A block's identity: its kind, its runs relative to its start and its source text. Two blocks with the
 * same key get the same findings from a block-scoped rule, wherever they stand.
 */
export function blockKey(document: ProseDocument, block: ProseBlock): string {
  if (block.runs.length === 0) return `${block.kind}${block.depth ?? ''}`;
  const start = block.runs[0].start;
  const end = block.runs[block.runs.length - 1].end;
  const shape = block.runs.map((r) => `${r.start - start},${r.end - start}`).join(';');
  return `${block.kind}${block.depth ?? ''}|${shape}|${document.text.slice(start, end)}`;
}

export function blockStart(block: ProseBlock): number {
  return block.runs.length > 0 ? block.runs[0].start : -1;
}

/** For each new block, the index of an old block with the same key (each old block used once), or -1. */
export function matchBlocks(oldKeys: readonly string[], newKeys: readonly string[]): number[] {
  const unused = new Map<string, number[]>();
  oldKeys.forEach((key, i) => {
    const list = unused.get(key);
    if (list) list.push(i);
    else unused.set(key, [i]);
  });
  return newKeys.map((key) => unused.get(key)?.shift() ?? -1);
}

/** Finds the block whose runs span an offset: blocks with runs, in document order, searched by halves. */
export class BlockLocator {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly indexes: number[] = [];

  constructor(blocks: readonly ProseBlock[]) {
    blocks.forEach((block, index) => {
      if (block.runs.length === 0) return;
      this.starts.push(block.runs[0].start);
      this.ends.push(block.runs[block.runs.length - 1].end);
      this.indexes.push(index);
    });
  }

  /** The block index, or -1 when no block spans the offset. */
  blockAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (offset < this.starts[mid]) hi = mid - 1;
      else if (offset > this.ends[mid]) lo = mid + 1;
      else return this.indexes[mid];
    }
    return -1;
  }
}

export function shiftFinding(finding: Finding, by: number): Finding {
  if (by === 0) return finding;
  return {
    ...finding,
    start: finding.start + by,
    end: finding.end + by,
    fixes: finding.fixes.map((fix) => ({ ...fix, start: fix.start + by, end: fix.end + by })),
  };
}
