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
    this.built = true;
    return this;
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
      let child = node === 0 ? undefined : this.next[node].get(c);
      while (child === undefined && node !== 0) {
        node = this.fail[node];
        if (node !== 0) child = this.next[node].get(c);
      }
      node = child ?? this.rootNext[c];
      for (let out = this.values[node].length > 0 ? node : this.outputLink[node]; out > 0; out = this.outputLink[out]) {
        const matchStart = i + 1 - this.lengths[out];
        for (const value of this.values[out]) onMatch(matchStart, i + 1, value);
      }
    }
  }
}
