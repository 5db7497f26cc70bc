import type { ProseBlock, ProseDocument, ProseRun } from '../document';
import { runsHolding, type CharSet } from './presence';

/** One regex match inside a prose run, with document offsets. */
export interface ProseMatch {
  match: RegExpExecArray;
  /** Document offset of match[0]. */
  start: number;
  end: number;
  block: ProseBlock;
  run: ProseRun;
  /** Document offsets of the run the match lies in (lookarounds saw only this run). */
  runStart: number;
  runEnd: number;
}

/**
 * URLs and e-mail addresses inside prose. Markdown already drops link targets and autolinks, but a
 * plain-text line is one whole run, so rules must not read `http://a.b/c?d=1` as half-width punctuation.
 */
const URL_TAIL = /[^\s\p{Script=Han}\u3000-\u303f\uff00-\uffef]+/uy;
const SCHEME_CHAR = /[a-z0-9+.-]/i;
const LOCAL_CHAR = /[\w.+-]/;
const DOMAIN_LABEL = /[\w-]+/y;
const WWW = /www\./gi;

/**
 * The ranges `(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s\p{Script=Han}…]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+` would
 * match, found from each `://`, `www.` and `@` outward. As one regex it retries its leading repeat from
 * every position: quadratic, minutes on one long line of Latin text.
 */
function addressRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  const tailEnd = (from: number): number => {
    URL_TAIL.lastIndex = from;
    return URL_TAIL.test(text) ? URL_TAIL.lastIndex : from;
  };
  for (let at = text.indexOf('://'); at >= 0; at = text.indexOf('://', at + 3)) {
    let start = at;
    while (start > 0 && SCHEME_CHAR.test(text[start - 1])) start--;
    while (start < at && !/[a-z]/i.test(text[start])) start++;
    const end = tailEnd(at + 3);
    if (start < at && end > at + 3) ranges.push([start, end]);
  }
  WWW.lastIndex = 0;
  for (let m = WWW.exec(text); m; m = WWW.exec(text)) {
    const end = tailEnd(m.index + 4);
    if (end > m.index + 4) ranges.push([m.index, end]);
  }
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && LOCAL_CHAR.test(text[start - 1])) start--;
    DOMAIN_LABEL.lastIndex = at + 1;
    if (start === at || !DOMAIN_LABEL.test(text)) continue;
    let end = DOMAIN_LABEL.lastIndex;
    let labels = 0;
    while (text[end] === '.') {
      DOMAIN_LABEL.lastIndex = end + 1;
      if (!DOMAIN_LABEL.test(text)) break;
      end = DOMAIN_LABEL.lastIndex;
      labels++;
    }
    if (labels > 0) ranges.push([start, end]);
  }
  return ranges;
}

/**
 * Address ranges of a run, computed once for all the rules that scan it (the run objects live with their
 * document), and only for a run where some rule found a match: most runs have none, and a lookup per run
 * and rule cost more than the regexes themselves.
 */
const addressCache = new WeakMap<ProseRun, [number, number][]>();

function addressesOf(run: ProseRun, text: string): [number, number][] {
  let ranges = addressCache.get(run);
  if (!ranges) addressCache.set(run, (ranges = addressRanges(text)));
  return ranges;
}

function touches(addresses: [number, number][], start: number, end: number): boolean {
  for (const [a, b] of addresses) if (start < b && end > a) return true;
  return false;
}

/**
 * Whether document offsets [start, end) of a run touch a URL or e-mail address: for a rule whose finding
 * reaches beyond its regex match (characters it looked behind at), which proseMatches could not check.
 */
export function touchesAddress(document: ProseDocument, run: ProseRun, start: number, end: number): boolean {
  const addresses = addressesOf(run, document.text.slice(run.start, run.end));
  return touches(addresses, start - run.start, end - run.start);
}

export interface ScanOptions {
  /** Only these blocks' runs (all the document's by default). */
  blocks?: readonly ProseBlock[];
  /** Characters without which the rule finds nothing in a run: runs without any are not scanned. */
  needs?: CharSet;
}

/**
 * Every match of a global regex in the document's prose runs, skipping matches that touch a URL or
 * e-mail address. The regex runs on each run's own text, so lookarounds never see markup around it.
 *
 * V8 skips ahead to a possible match quickly only when the pattern starts with a character or a class:
 * a pattern that starts with a lookbehind is tried at every position (5–10× slower on a long draft). So
 * rules write the characters first and the lookbehinds after them (`年(?<=…年)`, not `(?<=…)年`).
 */
export function proseMatches(document: ProseDocument, pattern: RegExp, options: ScanOptions = {}): ProseMatch[] {
  if (!pattern.global) throw new Error(`proseMatches needs a global regex: ${pattern}`);
  const { blocks = document.blocks, needs } = options;
  const found: ProseMatch[] = [];
  if (needs) {
    for (const { block, run } of runsHolding(document, needs, blocks)) matchRun(document, pattern, block, run, found);
  } else {
    for (const block of blocks) for (const run of block.runs) matchRun(document, pattern, block, run, found);
  }
  return found;
}

function matchRun(document: ProseDocument, pattern: RegExp, block: ProseBlock, run: ProseRun, found: ProseMatch[]): void {
  const text = document.text.slice(run.start, run.end);
  let addresses: [number, number][] | undefined;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0].length === 0) pattern.lastIndex++;
    const start = m.index;
    const end = start + m[0].length;
    addresses ??= addressesOf(run, text);
    if (touches(addresses, start, end)) continue;
    found.push({ match: m, start: run.start + start, end: run.start + end, block, run, runStart: run.start, runEnd: run.end });
  }
}
