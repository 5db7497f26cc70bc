import { AhoCorasick, FEW_EDGES } from './ahoCorasick';
import { type IntKeyTable, IntMultiMap, IntMultiMapBuilder } from './intMultiMap';

/**
 * Builds an AhoCorasick: patterns go into a trie in flat arrays (children as sibling lists, the root's as
 * a table by code unit), then build() adds the failure links and compiles it into typed arrays.
 */
export class AhoCorasickBuilder<T> {
  /** Per node: its code unit, first child and next sibling (0: none; the root is node 0 and nobody's child). */
  private readonly chars: number[] = [0];
  private readonly firstChild: number[] = [0];
  private readonly nextSibling: number[] = [0];
  private readonly lengths: number[] = [0];
  private readonly rootNext = new Int32Array(0x10000);
  private readonly alphabet = new Uint8Array(0x10000);
  private readonly items: T[] = [];
  /** Per item: the node its pattern ends at. */
  private readonly itemNodes: number[] = [];

  add(pattern: string, value: T): void {
    if (pattern.length === 0) return;
    let node = 0;
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern.charCodeAt(i);
      this.alphabet[c] = 1;
      let child = node === 0 ? this.rootNext[c] : this.findChild(node, c);
      if (child === 0) {
        child = this.chars.length;
        this.chars.push(c);
        this.firstChild.push(0);
        this.nextSibling.push(this.firstChild[node]);
        this.lengths.push(this.lengths[node] + 1);
        this.firstChild[node] = child;
        if (node === 0) this.rootNext[c] = child;
      }
      node = child;
    }
    this.items.push(value);
    this.itemNodes.push(node);
  }

  /** The child of `node` by code unit c, or 0. */
  private findChild(node: number, c: number): number {
    for (let child = this.firstChild[node]; child !== 0; child = this.nextSibling[child]) if (this.chars[child] === c) return child;
    return 0;
  }

  /** The automaton of the patterns added so far. */
  build(): AhoCorasick<T> {
    const count = this.chars.length;
    const { outStart, outItems } = this.outputs(count);
    const hasValues = (node: number) => outStart[node] < outStart[node + 1];
    const fail = new Int32Array(count);
    const outputLink = new Int32Array(count).fill(-1);
    const queue: number[] = [];
    for (let child = this.firstChild[0]; child !== 0; child = this.nextSibling[child]) queue.push(child);
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head];
      for (let child = this.firstChild[node]; child !== 0; child = this.nextSibling[child]) {
        const c = this.chars[child];
        let f = fail[node];
        let target = f === 0 ? this.rootNext[c] : this.findChild(f, c);
        while (target === 0 && f !== 0) {
          f = fail[f];
          target = f === 0 ? this.rootNext[c] : this.findChild(f, c);
        }
        fail[child] = target !== child ? target : 0;
        const failNode = fail[child];
        outputLink[child] = hasValues(failNode) ? failNode : outputLink[failNode];
        queue.push(child);
      }
    }
    const hasOutput = new Uint8Array(count);
    for (let node = 1; node < count; node++) hasOutput[node] = hasValues(node) || outputLink[node] > 0 ? 1 : 0;
    return new AhoCorasick(
      {
        rootNext: this.rootNext.slice(),
        alphabet: this.alphabet.slice(),
        fail,
        outputLink,
        hasOutput,
        lengths: Int32Array.from(this.lengths),
        ...this.edges(count),
        outStart,
        outItems,
      },
      this.items.slice(),
    );
  }

  /** The items grouped by the node their pattern ends at, each node's in the order they were added. */
  private outputs(count: number): { outStart: Int32Array; outItems: Int32Array } {
    const outStart = new Int32Array(count + 1);
    for (const node of this.itemNodes) outStart[node + 1]++;
    for (let node = 0; node < count; node++) outStart[node + 1] += outStart[node];
    const next = outStart.slice(0, count);
    const outItems = new Int32Array(this.items.length);
    this.itemNodes.forEach((node, item) => (outItems[next[node]++] = item));
    return { outStart, outItems };
  }

  /** Every node's edges in a row, and those of the nodes with many in a table as well. */
  private edges(count: number): { edgeStart: Int32Array; edgeChars: Uint16Array; edgeTargets: Int32Array; manyEdges: IntKeyTable } {
    // Every node but the root is one node's child: count - 1 edges.
    const edgeStart = new Int32Array(count + 1);
    const edgeChars = new Uint16Array(count - 1);
    const edgeTargets = new Int32Array(count - 1);
    let at = 0;
    for (let node = 0; node < count; node++) {
      edgeStart[node] = at;
      for (let child = this.firstChild[node]; child !== 0; child = this.nextSibling[child]) {
        edgeChars[at] = this.chars[child];
        edgeTargets[at++] = child;
      }
    }
    edgeStart[count] = at;
    const many = new IntMultiMapBuilder();
    for (let node = 1; node < count; node++) {
      if (edgeStart[node + 1] - edgeStart[node] <= FEW_EDGES) continue;
      for (let e = edgeStart[node]; e < edgeStart[node + 1]; e++) many.add(node, edgeChars[e], edgeTargets[e]);
    }
    // A node has one edge per code unit: each key's one value, its target, is also its tag.
    return { edgeStart, edgeChars, edgeTargets, manyEdges: IntMultiMap.build(many, (values, from) => values[from]) };
  }
}
