import { IntMultiMap, IntMultiMapBuilder } from './intMultiMap';

/** Edges a node may have and still be read in a row; more are looked up in `manyEdges`. */
const FEW_EDGES = 8;

/**
 * Aho–Corasick multi-pattern matcher over UTF-16 code units: one pass over the text finds every
 * occurrence of every pattern, so the cost grows with the text and the matches, not with the number of
 * patterns. Patterns are whole strings, so a match never starts or ends inside a surrogate pair unless a
 * pattern itself does.
 *
 * The trie is built in flat arrays (children as sibling lists, the root's as a table by code unit) and
 * compiled into typed arrays: a base with thousands of terms has hundreds of thousands of nodes, and an
 * object per node made loading a large base slow and memory-hungry. While scanning, a node's edges are
 * read in a row when it has a few; the nodes with many (near the root of a large base: hundreds) have
 * theirs in an IntMultiMap by (node, code unit). A binary search among them was a third of the time of a
 * scan for a 20,000-term base's wrong forms (1 MB: 8.2 ms, 5.2 with the table).
 */
export class AhoCorasick<T> {
  /** Per node: its code unit, first child and next sibling (0: none; the root is node 0 and nobody's child). */
  private readonly chars: number[] = [0];
  private readonly firstChild: number[] = [0];
  private readonly nextSibling: number[] = [0];
  private readonly lengths: number[] = [0];
  private readonly values: (T[] | undefined)[] = [undefined];
  /** The root's transitions as a flat table (0: none): the scan is at the root most of the time. */
  private readonly rootNext = new Int32Array(0x10000);
  /** Code units that occur in some pattern: any other one sends the scan straight back to the root. */
  private readonly alphabet = new Uint8Array(0x10000);
  private fail: Int32Array = new Int32Array(1);
  /** The nearest node on the failure chain that has values, or -1. */
  private outputLink: Int32Array = new Int32Array(1);
  /** Per node: does it, or a node on its failure chain, carry values? Saves walking empty chains. */
  private hasOutput: Uint8Array = new Uint8Array(1);
  /** Node n's edges: edgeChars/edgeTargets [edgeStart[n], edgeStart[n + 1]). */
  private edgeStart: Int32Array = new Int32Array(2);
  private edgeChars: Uint16Array = new Uint16Array(0);
  private edgeTargets: Int32Array = new Int32Array(0);
  /** The edges of the nodes with more than FEW_EDGES, by (node, code unit), the target as the key's tag. */
  private manyEdges = IntMultiMap.build(new IntMultiMapBuilder());
  private built = false;

  add(pattern: string, value: T): void {
    if (this.built) throw new Error('AhoCorasick: add() after build()');
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
        this.values.push(undefined);
        this.firstChild[node] = child;
        if (node === 0) this.rootNext[c] = child;
      }
      node = child;
    }
    (this.values[node] ??= []).push(value);
  }

  /** While building: the child of `node` by code unit c, or 0. */
  private findChild(node: number, c: number): number {
    for (let child = this.firstChild[node]; child !== 0; child = this.nextSibling[child]) if (this.chars[child] === c) return child;
    return 0;
  }

  build(): this {
    const count = this.chars.length;
    this.fail = new Int32Array(count);
    this.outputLink = new Int32Array(count).fill(-1);
    const queue: number[] = [];
    for (let child = this.firstChild[0]; child !== 0; child = this.nextSibling[child]) queue.push(child);
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head];
      for (let child = this.firstChild[node]; child !== 0; child = this.nextSibling[child]) {
        const c = this.chars[child];
        let f = this.fail[node];
        let target = f === 0 ? this.rootNext[c] : this.findChild(f, c);
        while (target === 0 && f !== 0) {
          f = this.fail[f];
          target = f === 0 ? this.rootNext[c] : this.findChild(f, c);
        }
        this.fail[child] = target !== child ? target : 0;
        const failNode = this.fail[child];
        this.outputLink[child] = this.values[failNode] !== undefined ? failNode : this.outputLink[failNode];
        queue.push(child);
      }
    }
    this.hasOutput = new Uint8Array(count);
    for (let node = 1; node < count; node++) this.hasOutput[node] = this.values[node] !== undefined || this.outputLink[node] > 0 ? 1 : 0;
    this.flattenEdges();
    this.built = true;
    return this;
  }

  private flattenEdges(): void {
    const count = this.chars.length;
    this.edgeStart = new Int32Array(count + 1);
    this.edgeChars = new Uint16Array(count);
    this.edgeTargets = new Int32Array(count);
    let at = 0;
    for (let node = 0; node < count; node++) {
      this.edgeStart[node] = at;
      for (let child = this.firstChild[node]; child !== 0; child = this.nextSibling[child]) {
        this.edgeChars[at] = this.chars[child];
        this.edgeTargets[at++] = child;
      }
    }
    this.edgeStart[count] = at;
    const many = new IntMultiMapBuilder();
    for (let node = 1; node < count; node++) {
      if (this.edgeStart[node + 1] - this.edgeStart[node] <= FEW_EDGES) continue;
      for (let e = this.edgeStart[node]; e < this.edgeStart[node + 1]; e++) many.add(node, this.edgeChars[e], this.edgeTargets[e]);
    }
    // A node has one edge per code unit: each key's one value, its target, is also its tag.
    this.manyEdges = IntMultiMap.build(many, (values, from) => values[from]);
  }

  /** While scanning: the child of a non-root node by code unit c, or 0. */
  private childOf(node: number, c: number): number {
    const from = this.edgeStart[node];
    const to = this.edgeStart[node + 1];
    if (to - from <= FEW_EDGES) {
      for (let e = from; e < to; e++) if (this.edgeChars[e] === c) return this.edgeTargets[e];
      return 0;
    }
    const slot = this.manyEdges.find(node, c);
    return slot < 0 ? 0 : this.manyEdges.tag(slot);
  }

  /** Calls onMatch for every occurrence inside text[start, end), in order of match end. */
  scan(text: string, start: number, end: number, onMatch: (matchStart: number, matchEnd: number, value: T) => void): void {
    if (!this.built) this.build();
    let node = 0;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (this.alphabet[c] === 0) {
        node = 0;
        continue;
      }
      let child = 0;
      while (node !== 0) {
        child = this.childOf(node, c);
        if (child !== 0) break;
        node = this.fail[node];
      }
      node = child !== 0 ? child : this.rootNext[c];
      if (this.hasOutput[node] === 0) continue;
      for (let out = this.values[node] !== undefined ? node : this.outputLink[node]; out > 0; out = this.outputLink[out]) {
        const matchStart = i + 1 - this.lengths[out];
        for (const value of this.values[out]!) onMatch(matchStart, i + 1, value);
      }
    }
  }
}

