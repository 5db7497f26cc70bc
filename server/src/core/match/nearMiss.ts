import type { TermBase, TermEntry } from '../terminology';
import { AhoCorasick } from './ahoCorasick';
import { soundAlike } from './pinyin';
import { readsAsWords } from './words';

/**
 * Near misses of canonical terms: text one edit away from a term. Edits near a term's edge are mostly
 * the neighbouring word, not a typo (工作|作风建设 looks like 作作风建设), so duplications, omissions and
 * insertions are only looked for inside a term; swaps and sound-alike substitutions anywhere.
 */
export type NearMissKind = 'duplicate' | 'missing' | 'swapped' | 'extra' | 'soundAlike';

export interface NearMiss {
  start: number;
  end: number;
  entry: TermEntry;
  kind: NearMissKind;
  /**
   * The characters concerned: the doubled, missing or extra one; the swapped pair as written; for a
   * sound-alike, the character written followed by the term's character.
   */
  char: string;
}

/** Terms shorter than this are too often a part of ordinary words; measured on the corpus and clean text. */
export const MIN_TERM_LENGTH = 4;

const HAN_TERM = /^[\u4e00-\u9fff]+$/;
/** Particles and conjunctions that ordinary text puts between the parts of a term (创新驱动的发展). */
const FUNCTION_CHARS = new Set('的地得之和与及或并且而是在于对把被将从向以为了着过也都就又还再更很最不没个');

/** A whole near-miss string: found as is. */
type Variant = { kind: 'duplicate' | 'missing' | 'swapped'; entry: TermEntry; char: string };
/** An exact left or right part of a term, around one inserted or replaced character: checked when found. */
type Anchor = { kind: 'extra' | 'soundAlike'; entry: TermEntry; side: 'left' | 'right'; other: string; at: number };
/**
 * The anchors that share their text, kind, side and the length of the term's other part, keyed by that
 * other part. A short anchor (发展) belongs to hundreds of terms in a large base; grouped, a hit costs one
 * slice and one map lookup instead of one check per term.
 */
type AnchorGroup = {
  kind: Anchor['kind'];
  side: Anchor['side'];
  otherLength: number;
  /** By a hash of the other part (verified on a hit), so that a hit allocates no string. */
  byOther: Map<number, Anchor[]>;
  /** The other parts' characters next to the gap: most hits fail on this one comparison, before any slicing. */
  besideGap: Set<number>;
};

/** One automaton for both, so that the text is scanned once. */
const indexes = new WeakMap<TermBase, AhoCorasick<Variant | AnchorGroup>>();

function indexFor(terms: TermBase): AhoCorasick<Variant | AnchorGroup> {
  let index = indexes.get(terms);
  if (index) return index;
  index = new AhoCorasick<Variant | AnchorGroup>();
  const groups = new Map<string, AnchorGroup>();
  for (const entry of terms.entries) {
    const e = entry.expected;
    if (entry.typo === false || e.length < MIN_TERM_LENGTH || !HAN_TERM.test(e)) continue;
    const n = e.length;
    for (let i = 1; i < n - 1; i++) {
      index.add(e.slice(0, i + 1) + e.slice(i), { kind: 'duplicate', entry, char: e[i] });
      index.add(e.slice(0, i) + e.slice(i + 1), { kind: 'missing', entry, char: e[i] });
    }
    for (let i = 0; i < n - 1; i++) {
      if (e[i] !== e[i + 1]) index.add(e.slice(0, i) + e[i + 1] + e[i] + e.slice(i + 2), { kind: 'swapped', entry, char: e[i] + e[i + 1] });
    }
    // Replaced character at i: e[0..i) ? e(i..n). Inserted character before i: e[0..i) ? e[i..n).
    for (let i = 0; i < n; i++) addAround(index, groups, 'soundAlike', entry, e.slice(0, i), e.slice(i + 1), i);
    for (let i = 1; i < n; i++) addAround(index, groups, 'extra', entry, e.slice(0, i), e.slice(i), i);
  }
  index.build();
  indexes.set(terms, index);
  return index;
}

/** Anchors on the longer part, so that anchors are at least half a term long and rarely hit by chance. */
function addAround(index: AhoCorasick<Variant | AnchorGroup>, groups: Map<string, AnchorGroup>, kind: Anchor['kind'], entry: TermEntry, left: string, right: string, at: number): void {
  const side = left.length >= right.length ? 'left' : 'right';
  const [anchorText, other] = side === 'left' ? [left, right] : [right, left];
  const key = `${anchorText}\u0000${kind}\u0000${side}\u0000${other.length}`;
  let group = groups.get(key);
  if (!group) {
    group = { kind, side, otherLength: other.length, byOther: new Map(), besideGap: new Set() };
    groups.set(key, group);
    index.add(anchorText, group);
  }
  if (other.length > 0) group.besideGap.add(other.charCodeAt(side === 'left' ? 0 : other.length - 1));
  const anchor: Anchor = { kind, entry, side, other, at };
  const hash = hashOf(other, 0, other.length);
  const same = group.byOther.get(hash);
  if (same) same.push(anchor);
  else group.byOther.set(hash, [anchor]);
}

function hashOf(text: string, from: number, length: number): number {
  let hash = 0;
  for (let i = from; i < from + length; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return hash;
}

/** All near misses in text[start, end), overlapping ones included. */
export function findNearMisses(terms: TermBase, text: string, start: number, end: number): NearMiss[] {
  const found: NearMiss[] = [];
  indexFor(terms).scan(text, start, end, (s, e, hit) => {
    if (!('byOther' in hit)) {
      found.push({ start: s, end: e, entry: hit.entry, kind: hit.kind, char: hit.char });
      return;
    }
    // The character between the anchor and the other part of the term.
    const at = hit.side === 'left' ? e : s - 1;
    if (at < start || at >= end) return;
    const code = text.charCodeAt(at);
    if (code < 0x4e00 || code > 0x9fff) return;
    const windowStart = hit.side === 'left' ? s : at - hit.otherLength;
    const windowEnd = hit.side === 'left' ? at + 1 + hit.otherLength : e;
    if (windowStart < start || windowEnd > end) return;
    if (hit.otherLength > 0 && !hit.besideGap.has(text.charCodeAt(hit.side === 'left' ? at + 1 : at - 1))) return;
    const otherStart = hit.side === 'left' ? at + 1 : windowStart;
    const anchors = hit.byOther.get(hashOf(text, otherStart, hit.otherLength));
    if (!anchors) return;
    const char = text[at];
    for (const a of anchors) {
      if (!text.startsWith(a.other, otherStart)) continue;
      const expected = a.entry.expected;
      if (a.kind === 'soundAlike') {
        const original = expected[a.at];
        if (char === original || !soundAlike(char, original)) continue;
      } else if (FUNCTION_CHARS.has(char) || char === expected[a.at - 1] || char === expected[a.at]) {
        continue;
      }
      found.push({ start: windowStart, end: windowEnd, entry: a.entry, kind: a.kind, char: a.kind === 'soundAlike' ? char + expected[a.at] : char });
    }
  });
  // An omitted, added or replaced character often just makes other, ordinary words (中国现代化建设,
  // 社会主义现代化国家); a doubled or swapped character inside a term rarely does.
  return found.filter((m) => m.kind === 'duplicate' || m.kind === 'swapped' || !readsAsWords(text, m.start, m.end));
}
