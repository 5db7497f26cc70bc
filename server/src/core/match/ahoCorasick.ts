/**
 * Aho–Corasick multi-pattern matcher over UTF-16 code units: one pass over the text finds every
 * occurrence of every pattern, so the cost grows with the text and the matches, not with the number of
 * patterns. Patterns are whole strings, so a match never starts or ends inside a surrogate pair unless a
 * pattern itself does.
 */
export class AhoCorasick<T> {
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly values: T[][] = [[]];
  private readonly lengths: number[] = [0];
  private fail: Int32Array = new Int32Array(1);
  /** The nearest node on the failure chain that has values, or -1. */
  private outputLink: Int32Array = new Int32Array(1);
  /** Code units that occur in some pattern: any other one sends the scan straight back to the root. */
  private readonly alphabet = new Uint8Array(0x10000);
  /**
   * The root's transitions as a flat table (0: none). The scan is at the root most of the time, and an
   * array index there instead of a Map lookup makes it several times faster on CJK text.
   */
  private readonly rootNext = new Int32Array(0x10000);
  /**
   * The other nodes' transitions, flattened at build time: node n's edges are edgeChars/edgeTargets
   * [edgeStart[n], edgeStart[n + 1]), sorted by code unit. Most nodes have one or two edges, so a scan of
   * a few typed-array slots beats a Map lookup.
   */
  private edgeStart: Int32Array = new Int32Array(2);
  private edgeChars: Uint16Array = new Uint16Array(0);
  private edgeTargets: Int32Array = new Int32Array(0);
  /** Per node: does it, or a node on its failure chain, carry values? Saves walking empty chains. */
  private hasOutput: Uint8Array = new Uint8Array(1);
  private built = false;

  get size(): number {
    return this.next.length;
  }

  add(pattern: string, value: T): void {
    if (this.built) throw new Error('AhoCorasick: add() after build()');
    if (pattern.length === 0) return;
    let node = 0;
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern.charCodeAt(i);
      this.alphabet[c] = 1;
      let child = this.next[node].get(c);
      if (child === undefined) {
        child = this.next.length;
        this.next.push(new Map());
        this.values.push([]);
        this.lengths.push(this.lengths[node] + 1);
        this.next[node].set(c, child);
      }
      node = child;
    }
    this.values[node].push(value);
  }

  build(): this {
    const count = this.next.length;
    this.fail = new Int32Array(count);
    this.outputLink = new Int32Array(count).fill(-1);
    const queue: number[] = [];
    for (const [c, child] of this.next[0]) {
      this.rootNext[c] = child;
      queue.push(child);
    }
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head];
      for (const [c, child] of this.next[node]) {
        let f = this.fail[node];
        while (f !== 0 && !this.next[f].has(c)) f = this.fail[f];
        const target = this.next[f].get(c);
        this.fail[child] = target !== undefined && target !== child ? target : 0;
        const failNode = this.fail[child];
        this.outputLink[child] = this.values[failNode].length > 0 ? failNode : this.outputLink[failNode];
        queue.push(child);
      }
    }
    this.flattenEdges();
    this.hasOutput = new Uint8Array(count);
    for (let node = 1; node < count; node++) this.hasOutput[node] = this.values[node].length > 0 || this.outputLink[node] > 0 ? 1 : 0;
    this.built = true;
    return this;
  }

  private flattenEdges(): void {
    const count = this.next.length;
    let edges = 0;
    for (const map of this.next) edges += map.size;
    this.edgeStart = new Int32Array(count + 1);
    this.edgeChars = new Uint16Array(edges);
    this.edgeTargets = new Int32Array(edges);
    let at = 0;
    for (let node = 0; node < count; node++) {
      this.edgeStart[node] = at;
      for (const [c, child] of [...this.next[node]].sort((a, b) => a[0] - b[0])) {
        this.edgeChars[at] = c;
        this.edgeTargets[at++] = child;
      }
    }
    this.edgeStart[count] = at;
  }

  /** The child of a non-root node by code unit c, or 0 when there is none. */
  private childOf(node: number, c: number): number {
    let lo = this.edgeStart[node];
    let hi = this.edgeStart[node + 1];
    if (hi - lo <= 8) {
      for (; lo < hi; lo++) if (this.edgeChars[lo] === c) return this.edgeTargets[lo];
      return 0;
    }
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const m = this.edgeChars[mid];
      if (m === c) return this.edgeTargets[mid];
      if (m < c) lo = mid + 1;
      else hi = mid;
    }
    return 0;
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
      for (let out = this.values[node].length > 0 ? node : this.outputLink[node]; out > 0; out = this.outputLink[out]) {
        const matchStart = i + 1 - this.lengths[out];
        for (const value of this.values[out]) onMatch(matchStart, i + 1, value);
      }
    }
  }
}
