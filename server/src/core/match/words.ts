import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * A list of ordinary Chinese words (2–4 characters), used to tell a real near miss of a term from
 * ordinary text that happens to be one edit away (中国现代化建设 is not a typo of 中国式现代化). It is
 * taken at build time from jieba's dictionary (MIT) and loaded only when a candidate needs checking.
 */
export const WORD_LIST = 'words.txt';
/** Words rarer than this in jieba's counts are left out: they are mostly names and oddities. */
export const MIN_WORD_FREQUENCY = 10;
/**
 * Only common words count when they run across a candidate's edge: rare ones (育新, 20 in jieba's counts)
 * turn up at almost any pair of characters. Chosen on the corpus and the clean text.
 */
export const MIN_COMMON_FREQUENCY = 1000;
const COMMON_MARK = '*';
const COMMON_CODE = COMMON_MARK.charCodeAt(0);

interface WordSets {
  all: { has(word: string): boolean };
  common: { has(word: string): boolean };
}

let words: WordSets | undefined;

function loadWords(): WordSets {
  if (words) return words;
  const built = join(__dirname, WORD_LIST);
  const list = new SortedWordList(existsSync(built) ? readFileSync(built, 'utf8') : buildWordList(jiebaDictionary()));
  words = { all: { has: (word) => list.find(word) !== 'absent' }, common: { has: (word) => list.find(word) === 'common' } };
  return words;
}

/**
 * The word list as built (sorted, one word a line), searched in place by binary search over line offsets.
 * Building Sets of 150,000 strings cost every CLI run and every server start about 100 ms plus garbage
 * collection; the offsets take a few milliseconds, and term/typo asks about a few hundred words.
 */
class SortedWordList {
  private readonly starts: Int32Array;

  constructor(private readonly text: string) {
    let count = 1;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
    this.starts = new Int32Array(count + 1);
    let line = 1;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) this.starts[line++] = at + 1;
    this.starts[count] = text.length + 1;
  }

  find(word: string): 'absent' | 'word' | 'common' {
    const count = this.starts.length - 1;
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.compare(mid, word) < 0) lo = mid + 1;
      else hi = mid;
    }
    let found: 'absent' | 'word' | 'common' = 'absent';
    for (let i = lo; i < count && this.compare(i, word) === 0; i++) {
      if (this.isCommon(i)) return 'common';
      found = 'word';
    }
    return found;
  }

  private lineEnd(i: number): number {
    return this.starts[i + 1] - 1;
  }

  private isCommon(i: number): boolean {
    return this.text.charCodeAt(this.lineEnd(i) - 1) === COMMON_CODE;
  }

  /** Line i's word against `word`, by code units, in place: term/typo asks hundreds of times per lint. */
  private compare(i: number, word: string): number {
    const start = this.starts[i];
    const length = (this.isCommon(i) ? this.lineEnd(i) - COMMON_MARK.length : this.lineEnd(i)) - start;
    for (let j = 0; j < length && j < word.length; j++) {
      const d = this.text.charCodeAt(start + j) - word.charCodeAt(j);
      if (d !== 0) return d;
    }
    return length - word.length;
  }
}

/**
 * jieba's `word frequency tag` lines → one word a line in code-unit order (searched by binary search),
 * common ones marked (the build writes it to dist/).
 */
export function buildWordList(dictionary: string): string {
  const kept: string[] = [];
  for (const line of dictionary.split('\n')) {
    const [word, count] = line.split(' ');
    const frequency = Number(count);
    if (/^[\u4e00-\u9fff]{2,4}$/.test(word) && frequency >= MIN_WORD_FREQUENCY) kept.push(frequency >= MIN_COMMON_FREQUENCY ? word + COMMON_MARK : word);
  }
  const bare = (line: string) => (line.endsWith(COMMON_MARK) ? line.slice(0, -COMMON_MARK.length) : line);
  return kept
    .map((line) => ({ line, word: bare(line) }))
    .sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0))
    .map((w) => w.line)
    .join('\n');
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
  const { all, common } = loadWords();
  for (let length = 2; length <= 4; length++) {
    for (let inside = 1; inside < length && inside <= end - start; inside++) {
      const outside = length - inside;
      if (end + outside <= text.length && common.has(text.slice(end - inside, end + outside))) return true;
      if (start - outside >= 0 && common.has(text.slice(start - outside, start + inside))) return true;
    }
  }
  const reachable = new Uint8Array(end - start + 1);
  reachable[0] = 1;
  for (let i = 0; i < end - start; i++) {
    if (!reachable[i]) continue;
    for (let length = 2; length <= 4 && i + length <= end - start; length++) {
      if (all.has(text.slice(start + i, start + i + length))) reachable[i + length] = 1;
    }
  }
  return reachable[end - start] === 1;
}
