import { alignInside, type Alignment } from './align';
import { contentOf } from './normalize';
import type { CorpusText } from './source';
import { numberedLines } from './source';

/** One line (paragraph) of the corpus, the unit a quotation is looked up in. */
export interface CorpusLine {
  file: string;
  /** 1-based. */
  line: number;
  text: string;
  /** The line's content characters (no punctuation or whitespace) and their offsets in `text`. */
  content: string;
  offsets: number[];
}

/** Where a quotation comes from and how far the draft is from it. */
export interface QuoteSource {
  line: CorpusLine;
  distance: number;
  /** The quoted stretch of the source line, [start, end) in `line.text` (first to last content character). */
  start: number;
  end: number;
}

/** Lines looked at closely per quotation, best first by shared bigrams. */
const CANDIDATE_LINES = 8;

/**
 * The authoritative texts indexed for quotation look-up: an inverted index from content bigrams to the
 * lines that hold them, so that finding the source of a quotation costs the quotation's bigrams' posting
 * lists and a few alignments, not a scan of the corpus.
 */
export class CorpusIndex {
  readonly lines: CorpusLine[] = [];
  private readonly postings = new Map<string, number[]>();
  private shared: Int32Array | undefined;

  constructor(texts: readonly CorpusText[]) {
    for (const { file, text } of texts) {
      for (const { line, text: lineText } of numberedLines(text)) {
        const { content, offsets } = contentOf(lineText);
        if (content.length < 2) continue;
        const id = this.lines.length;
        this.lines.push({ file, line, text: lineText, content, offsets });
        for (const gram of new Set(bigrams(content))) {
          let list = this.postings.get(gram);
          if (!list) this.postings.set(gram, (list = []));
          list.push(id);
        }
      }
    }
  }

  /**
   * The corpus stretch nearest to a quotation's content, if one is within `maxDistance` edits; an exact
   * quotation gives distance 0.
   */
  nearest(quote: string, maxDistance: number): QuoteSource | undefined {
    const grams = [...new Set(bigrams(quote))];
    // An edit destroys at most two bigrams, so a source within maxDistance shares at least this many.
    const needed = Math.max(1, grams.length - 2 * maxDistance);
    // Shared-bigram counts per line in a reused typed array: posting lists of common bigrams are long.
    const shared = (this.shared ??= new Int32Array(this.lines.length));
    const touched: number[] = [];
    for (const gram of grams) {
      for (const id of this.postings.get(gram) ?? []) if (shared[id]++ === 0) touched.push(id);
    }
    const candidates = touched.filter((id) => shared[id] >= needed).sort((a, b) => shared[b] - shared[a] || a - b).slice(0, CANDIDATE_LINES);
    for (const id of touched) shared[id] = 0;
    let best: QuoteSource | undefined;
    for (const id of candidates) {
      const line = this.lines[id];
      const alignment = bestAlignment(line, alignInside(quote, line.content), maxDistance);
      if (!alignment) continue;
      if (!best || alignment.distance < best.distance) {
        best = { line, distance: alignment.distance, start: line.offsets[alignment.start], end: line.offsets[alignment.end - 1] + 1 };
        if (best.distance === 0) break;
      }
    }
    return best;
  }
}

/**
 * The least-distance alignment; when the quotation is not exact, one that ends a clause of the source at
 * most one edit dearer is preferred (服务品质 against 服务质量。 restores 质量, not the stump 服务质).
 */
function bestAlignment(line: CorpusLine, alignments: Alignment[], maxDistance: number): Alignment | undefined {
  const least = Math.min(...alignments.map((a) => a.distance));
  if (least > maxDistance) return undefined;
  const first = alignments.find((a) => a.distance === least)!;
  if (least === 0) return first;
  const atClauseEnd = alignments.filter((a) => a.distance <= maxDistance && endsClause(line, a.end)).sort((a, b) => a.distance - b.distance)[0];
  return atClauseEnd ?? first;
}

/** Does the content character before `contentEnd` end a clause (punctuation or the line's end follows)? */
function endsClause(line: CorpusLine, contentEnd: number): boolean {
  if (contentEnd >= line.offsets.length) return true;
  return line.offsets[contentEnd] > line.offsets[contentEnd - 1] + 1;
}

function bigrams(content: string): string[] {
  const grams: string[] = [];
  for (let i = 0; i + 2 <= content.length; i++) grams.push(content.slice(i, i + 2));
  return grams;
}
