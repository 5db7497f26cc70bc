import type { KeptArrays } from '../input/keptArrays';
import type { Items } from '../items';
import { IntKeyTable } from './intMultiMap';

/** Edges a node may have and still be read in a row; more are looked up in `manyEdges`. */
export const FEW_EDGES = 8;

/** The arrays of a built automaton (see AhoCorasickBuilder, which makes them). Node 0 is the root. */
export interface AutomatonTables {
  /** The root's transitions by code unit (0: none): the scan is at the root most of the time. */
  rootNext: Int32Array;
  /** Code units that occur in some pattern: any other one sends the scan straight back to the root. */
  alphabet: Uint8Array;
  fail: Int32Array;
  /** The nearest node on the failure chain that has values, or -1. */
  outputLink: Int32Array;
  /** Per node: does it, or a node on its failure chain, carry values? Saves walking empty chains. */
  hasOutput: Uint8Array;
  /** Per node: the length of the pattern that ends there. */
  lengths: Int32Array;
  /** Node n's edges: edgeChars/edgeTargets [edgeStart[n], edgeStart[n + 1]). */
  edgeStart: Int32Array;
  edgeChars: Uint16Array;
  edgeTargets: Int32Array;
  /** The edges of the nodes with more than FEW_EDGES, by (node, code unit), the target as the key's tag. */
  manyEdges: IntKeyTable;
  /** Node n's values: items[outItems[k]] for k in [outStart[n], outStart[n + 1]), in the order they were added. */
  outStart: Int32Array;
  outItems: Int32Array;
}

/**
 * Aho–Corasick multi-pattern matcher over UTF-16 code units: one pass over the text finds every
 * occurrence of every pattern, so the cost grows with the text and the matches, not with the number of
 * patterns. Patterns are whole strings, so a match never starts or ends inside a surrogate pair unless a
 * pattern itself does. Built by AhoCorasickBuilder; frozen here.
 *
 * Everything is in typed arrays: a base with thousands of terms has hundreds of thousands of nodes, an
 * object per node made loading a large base slow and memory-hungry, and arrays can be kept on disk
 * (parts(), restore()). A node's edges are read in a row when it has a few; the nodes with many (near the
 * root of a large base: hundreds) have theirs in an IntKeyTable by (node, code unit), the target as its
 * tag. A binary search among them was a third of the time of a scan for a 20,000-term base's wrong
 * forms (1 MB: 8.2 ms, 5.2 with the table).
 */
export class AhoCorasick<T> {
  private readonly rootNext: Int32Array;
  private readonly alphabet: Uint8Array;
  private readonly fail: Int32Array;
  private readonly outputLink: Int32Array;
  private readonly hasOutput: Uint8Array;
  private readonly lengths: Int32Array;
  private readonly edgeStart: Int32Array;
  private readonly edgeChars: Uint16Array;
  private readonly edgeTargets: Int32Array;
  private readonly manyEdges: IntKeyTable;
  private readonly outStart: Int32Array;
  private readonly outItems: Int32Array;

  /** `items`: the values, in the order they were added to the builder (see Items). */
  constructor(
    tables: AutomatonTables,
    private readonly items: Items<T>,
  ) {
    ({
      rootNext: this.rootNext,
      alphabet: this.alphabet,
      fail: this.fail,
      outputLink: this.outputLink,
      hasOutput: this.hasOutput,
      lengths: this.lengths,
      edgeStart: this.edgeStart,
      edgeChars: this.edgeChars,
      edgeTargets: this.edgeTargets,
      manyEdges: this.manyEdges,
      outStart: this.outStart,
      outItems: this.outItems,
    } = tables);
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
      for (let out = this.outStart[node] < this.outStart[node + 1] ? node : this.outputLink[node]; out > 0; out = this.outputLink[out]) {
        const matchStart = i + 1 - this.lengths[out];
        for (let k = this.outStart[out]; k < this.outStart[out + 1]; k++) onMatch(matchStart, i + 1, this.items.at(this.outItems[k])!);
      }
    }
  }

  /**
   * Calls onMatch for the longest pattern ending at each position inside text[start, end) where one
   * ends, in order of match end: the others ending there are its suffixes, which a caller that only
   * asks what the matches cover does not need. It asks for no item, so a list that makes its items when
   * asked (see Items) makes none. The walk is scan()'s, written twice: as one method both called, the
   * scans were 15–25% slower (1 MB, a 2,000-entry base's wrong forms: 3.7 → 4.3 ms).
   */
  scanLongest(text: string, start: number, end: number, onMatch: (matchStart: number, matchEnd: number) => void): void {
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
      const out = this.outStart[node] < this.outStart[node + 1] ? node : this.outputLink[node];
      onMatch(i + 1 - this.lengths[out], i + 1);
    }
  }

  /** The length of the longest pattern (0 without any): the deepest node's. */
  longestPattern(): number {
    let longest = 0;
    for (let node = 0; node < this.lengths.length; node++) if (this.lengths[node] > longest) longest = this.lengths[node];
    return longest;
  }

  /** Its arrays, for keeping it on disk; restore() takes them back with the same items. */
  parts(): KeptArrays {
    return {
      int32: [this.rootNext, this.fail, this.outputLink, this.lengths, this.edgeStart, this.edgeTargets, this.outStart, this.outItems, ...this.manyEdges.parts()],
      uint16: [this.edgeChars],
      uint8: [this.alphabet, this.hasOutput],
    };
  }

  /**
   * The automaton parts() gave, matching `items` (the values added, in order), or undefined when the
   * arrays do not fit together or the items. Like the near-miss index, the contents are trusted as much
   * as the folder they were kept in: only what costs little is checked.
   */
  static restore<T>({ int32, uint16: [edgeChars], uint8: [alphabet, hasOutput] }: KeptArrays, items: Items<T>): AhoCorasick<T> | undefined {
    const [rootNext, fail, outputLink, lengths, edgeStart, edgeTargets, outStart, outItems] = int32;
    const manyEdges = IntKeyTable.restore(int32.slice(8));
    if (!manyEdges || !outItems || !edgeChars || !hasOutput) return undefined;
    const count = fail.length;
    const fits =
      rootNext.length === 0x10000 &&
      alphabet.length === 0x10000 &&
      count > 0 &&
      outputLink.length === count &&
      hasOutput.length === count &&
      lengths.length === count &&
      edgeStart.length === count + 1 &&
      outStart.length === count + 1 &&
      edgeChars.length === edgeStart[count] &&
      edgeTargets.length === edgeStart[count] &&
      outItems.length === outStart[count] &&
      outItems.length === items.length;
    if (!fits) return undefined;
    return new AhoCorasick({ rootNext, alphabet, fail, outputLink, hasOutput, lengths, edgeStart, edgeChars, edgeTargets, manyEdges, outStart, outItems }, items);
  }
}
