import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type KeptArrays, packArrays, unpackArrays } from '../input/keptArrays';
import { isAllUnifiedHan, isUnifiedHanCode, UNIFIED_HAN_FIRST, UNIFIED_HAN_LAST } from '../text/chars';

/**
 * A list of ordinary Chinese words (2–4 characters), used to tell a real near miss of a term from
 * ordinary text that happens to be one edit away (中国现代化建设 is not a typo of 中国式现代化). It is
 * taken at build time from jieba's dictionary (MIT) and loaded only when a candidate needs checking.
 */
export const WORD_LIST = 'words.bin';
/** The layout of dist/words.bin (see packArrays), raised when it changes. */
const LAYOUT = 2001;
/** Words rarer than this in jieba's counts are left out: they are mostly names and oddities. */
export const MIN_WORD_FREQUENCY = 10;
/**
 * Only common words count when they run across a candidate's edge: rare ones (育新, 20 in jieba's counts)
 * turn up at almost any pair of characters. Chosen on the corpus and the clean text.
 */
export const MIN_COMMON_FREQUENCY = 1000;
/** Every word is 2–4 unified Han characters (see WordList.build): per first character, a range of words. */
const FIRST_CHARACTERS = UNIFIED_HAN_LAST - UNIFIED_HAN_FIRST + 1;

export const ABSENT = 0;
export const WORD = 1;
export const COMMON = 2;

let words: WordList | undefined;

function loadWords(): WordList {
  if (words) return words;
  const built = join(__dirname, WORD_LIST);
  words = (existsSync(built) && unpackWordList(readFileSync(built))) || WordList.build(jiebaDictionary());
  return words;
}

/**
 * The ordinary-word list: the words' characters one after another in code-unit order, where each starts,
 * which are common, and per first character the range of words that start with it. Made at build time
 * and read as typed arrays: the list as text (one word a line) cost every CLI run and server start
 * 13 ms to decode and find its lines; the arrays take about 1. Searched in place by binary search within
 * a first character's words (a few dozen), without a string per word looked up.
 */
export class WordList {
  private constructor(
    private readonly chars: Uint16Array,
    /** Word i is chars[starts[i], starts[i + 1]). */
    private readonly starts: Int32Array,
    /** Per word: 1 when common. */
    private readonly common: Uint8Array,
    /** The words starting with UNIFIED_HAN_FIRST + c are [byFirst[c], byFirst[c + 1]). */
    private readonly byFirst: Int32Array,
  ) {}

  /** jieba's `word frequency tag` lines → the words of 2–4 Han characters frequent enough, common ones marked. */
  static build(dictionary: string): WordList {
    const frequent = new Map<string, boolean>();
    for (const line of dictionary.split('\n')) {
      const [word, count] = line.split(' ');
      const frequency = Number(count);
      // A word listed twice is common when either line says so.
      if (word.length >= 2 && word.length <= 4 && isAllUnifiedHan(word) && frequency >= MIN_WORD_FREQUENCY) frequent.set(word, frequent.get(word) === true || frequency >= MIN_COMMON_FREQUENCY);
    }
    const sorted = [...frequent.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const chars = new Uint16Array(sorted.reduce((sum, word) => sum + word.length, 0));
    const starts = new Int32Array(sorted.length + 1);
    const common = new Uint8Array(sorted.length);
    const byFirst = new Int32Array(FIRST_CHARACTERS + 1);
    let at = 0;
    sorted.forEach((word, i) => {
      starts[i] = at;
      for (let j = 0; j < word.length; j++) chars[at++] = word.charCodeAt(j);
      common[i] = frequent.get(word) ? 1 : 0;
      byFirst[word.charCodeAt(0) - UNIFIED_HAN_FIRST + 1] = i + 1;
    });
    starts[sorted.length] = at;
    // Each entry was the end of its character's words, or 0 when none start with it: carried forward.
    for (let c = 1; c < byFirst.length; c++) byFirst[c] = Math.max(byFirst[c], byFirst[c - 1]);
    return new WordList(chars, starts, common, byFirst);
  }

  get size(): number {
    return this.common.length;
  }

  /** Its arrays, for dist/words.bin; `restore` takes them back. */
  parts(): KeptArrays {
    return { int32: [this.starts, this.byFirst], uint16: [this.chars], uint8: [this.common] };
  }

  /** The list of the arrays parts() gave, or undefined when there are none or they do not fit together. */
  static restore(arrays: KeptArrays | undefined): WordList | undefined {
    const [starts, byFirst] = arrays?.int32 ?? [];
    const [chars] = arrays?.uint16 ?? [];
    const [common] = arrays?.uint8 ?? [];
    const fits = starts && byFirst && chars && common && starts.length === common.length + 1 && starts[common.length] === chars.length && byFirst.length === FIRST_CHARACTERS + 1;
    return fits ? new WordList(chars, starts, common, byFirst) : undefined;
  }

  /** Is text[from, to) a word of the list: ABSENT, WORD or COMMON. */
  find(text: string, from: number, to: number): number {
    const code = text.charCodeAt(from);
    if (!isUnifiedHanCode(code)) return ABSENT;
    const first = code - UNIFIED_HAN_FIRST;
    let lo = this.byFirst[first];
    const end = this.byFirst[first + 1];
    let hi = end;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.compare(mid, text, from, to) < 0) lo = mid + 1;
      else hi = mid;
    }
    if (lo === end || this.compare(lo, text, from, to) !== 0) return ABSENT;
    return this.common[lo] === 1 ? COMMON : WORD;
  }

  /** Word i against text[from, to), by code units. */
  private compare(i: number, text: string, from: number, to: number): number {
    const start = this.starts[i];
    const length = this.starts[i + 1] - start;
    for (let j = 0; j < length && from + j < to; j++) {
      const d = this.chars[start + j] - text.charCodeAt(from + j);
      if (d !== 0) return d;
    }
    return length - (to - from);
  }
}

/** The list as dist/words.bin holds it. */
export function packWordList(list: WordList): Uint8Array {
  return packArrays(LAYOUT, list.parts());
}

/** The list packWordList() wrote, or undefined when the file is not one of this layout or does not fit. */
export function unpackWordList(file: Uint8Array): WordList | undefined {
  return WordList.restore(unpackArrays(LAYOUT, file));
}

/**
 * jieba's dictionary as shipped in the jieba-js package (a dev dependency, read at build time only;
 * @node-rs/jieba ships the same data but its platform packages are not all on our registry, so its lock
 * entry breaks `npm ci`).
 */
export function jiebaDictionary(): string {
  for (let dir = __dirname; dirname(dir) !== dir; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', 'jieba-js', 'dict', 'dict.txt.big');
    if (existsSync(candidate)) return readFileSync(candidate, 'utf8');
  }
  throw new Error('找不到 jieba 词典（jieba-js/dict/dict.txt.big），请先运行 npm ci');
}

/**
 * Does text[start, end) read as ordinary words? True when it splits completely into listed words of two
 * or more characters (中国|现代化), or when a common word runs across either edge (社会主义现代化国|家:
 * 国家), i.e. the characters belong to the surrounding text rather than to a garbled term.
 */
export function readsAsWords(text: string, start: number, end: number): boolean {
  const list = loadWords();
  for (let length = 2; length <= 4; length++) {
    for (let inside = 1; inside < length && inside <= end - start; inside++) {
      const outside = length - inside;
      if (end + outside <= text.length && list.find(text, end - inside, end + outside) === COMMON) return true;
      if (start - outside >= 0 && list.find(text, start - outside, start + inside) === COMMON) return true;
    }
  }
  const reachable = new Uint8Array(end - start + 1);
  reachable[0] = 1;
  for (let i = 0; i < end - start; i++) {
    if (!reachable[i]) continue;
    for (let length = 2; length <= 4 && i + length <= end - start; length++) {
      if (list.find(text, start + i, start + i + length) !== ABSENT) reachable[i + length] = 1;
    }
  }
  return reachable[end - start] === 1;
}
