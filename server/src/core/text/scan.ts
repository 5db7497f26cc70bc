import type { ProseBlock, ProseDocument } from '../document';

/** One regex match inside a prose run, with document offsets. */
export interface ProseMatch {
  match: RegExpExecArray;
  /** Document offset of match[0]. */
  start: number;
  end: number;
  block: ProseBlock;
  /** Document offsets of the run the match lies in (lookarounds saw only this run). */
  runStart: number;
  runEnd: number;
}

/**
 * URLs and e-mail addresses inside prose. Markdown already drops link targets and autolinks, but a
 * plain-text line is one whole run, so rules must not read `http://a.b/c?d=1` as half-width punctuation.
 */
const ADDRESS = /(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s\p{Script=Han}\u3000-\u303f\uff00-\uffef]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;

function addressRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  ADDRESS.lastIndex = 0;
  for (let m = ADDRESS.exec(text); m; m = ADDRESS.exec(text)) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}

/**
 * Every match of a global regex in the document's prose runs, skipping matches that touch a URL or
 * e-mail address. The regex runs on each run's own text, so lookarounds never see markup around it.
 */
export function* proseMatches(document: ProseDocument, pattern: RegExp, blocks: readonly ProseBlock[] = document.blocks): Generator<ProseMatch> {
  if (!pattern.global) throw new Error(`proseMatches needs a global regex: ${pattern}`);
  for (const block of blocks) {
    for (const run of block.runs) {
      const text = document.text.slice(run.start, run.end);
      const addresses = addressRanges(text);
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        if (m[0].length === 0) pattern.lastIndex++;
        const start = m.index;
        const end = start + m[0].length;
        if (addresses.some(([a, b]) => start < b && end > a)) continue;
        yield { match: m, start: run.start + start, end: run.start + end, block, runStart: run.start, runEnd: run.end };
      }
    }
  }
}

/** The characters of a block in order with their document offsets, across its runs (for pair matching). */
export function* blockChars(document: ProseDocument, block: ProseBlock): Generator<{ char: string; offset: number }> {
  for (const run of block.runs) {
    for (let i = run.start; i < run.end; i++) yield { char: document.text[i], offset: i };
  }
}
