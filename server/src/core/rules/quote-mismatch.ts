import type { ProseBlock } from '../document';
import { editScript, type EditStep } from '../corpus/align';
import { asQuoted, contentOf } from '../corpus/normalize';
import type { CorpusIndex, QuoteSource } from '../corpus/quoteIndex';
import { leftmostLongest } from '../match/select';
import type { TermBase } from '../terminology';
import type { Rule } from './rule';

/** Shorter quotations are slogans and terms (“牛鼻子”), the term base's business. */
export const MIN_QUOTE_CONTENT = 8;
/** Content characters per allowed edit: a 12-character quotation may differ in 2, a 30-character one in 5. */
const CHARS_PER_EDIT = 6;
const MAX_EDITS = 6;

/**
 * quote/mismatch (引文核对): text inside “…” that nearly matches a passage of the configured corpus but
 * differs in a character or a word. The fix restores the original. Exact quotations (punctuation and
 * whitespace aside) and quotations of anything else stay silent; without a corpus the rule is silent.
 */
export const quoteMismatch: Rule = {
  id: 'quote/mismatch',
  title: '引文核对',
  defaultSeverity: 'warning',
  scope: 'block',
  check({ document, terms, corpus, report, t }) {
    if (!corpus || corpus.length === 0) return;
    const text = document.text;
    for (const block of document.blocks) {
      for (const quote of quotationsIn(text, block)) {
        const { content, offsets } = contentOf(text, quote.start, quote.end);
        if (content.length < MIN_QUOTE_CONTENT) continue;
        // Only prose runs count: a quotation that spans markup is compared on its prose.
        const proseOffsets = offsets.filter((o) => block.runs.some((r) => r.start <= o && o < r.end));
        if (proseOffsets.length !== offsets.length) continue;
        const source = nearestSource(corpus, content);
        if (!source || source.distance === 0) continue;
        const original = correctedSource(source, terms);
        const start = offsets[0];
        const end = offsets[offsets.length - 1] + 1;
        // The source with the term base's corrections applied is what the draft should read; a draft that
        // already reads so (the corpus has a typo, 做强制制造业) is right.
        const steps = editScript(content, contentOf(original).content);
        if (steps.every((s) => s.op === 'keep')) continue;
        const where = `${source.line.file}:${source.line.line}`;
        report({
          start,
          end,
          message: t(`引文与原文不符，原文为“${original}”（${where}）`, `The quotation differs from the source, which reads “${original}” (${where})`),
          replacement: withContentEdits(text, offsets, steps),
          fixTitle: t('恢复原文', 'Restore the original'),
        });
      }
    }
  },
};

/**
 * The quotation with only its content characters edited: markup and the draft's own punctuation between
 * them stay (“培育**创新**主体” keeps its emphasis), so the fix touches only what differs from the source.
 */
function withContentEdits(text: string, offsets: number[], steps: EditStep[]): string {
  const end = offsets[offsets.length - 1] + 1;
  let out = '';
  let at = offsets[0];
  let next = 0; // the next content character of the draft
  for (const step of steps) {
    if (step.op === 'insert') {
      out += step.char;
      continue;
    }
    const offset = offsets[next++];
    out += text.slice(at, offset);
    if (step.op === 'keep') out += text[offset];
    else if (step.op === 'replace') out += step.char;
    at = offset + 1;
  }
  return out + text.slice(at, end);
}

/** The nearest passage over all corpora: the fewest edits, the first corpus on a tie. */
function nearestSource(corpus: readonly CorpusIndex[], content: string): QuoteSource | undefined {
  const maxDistance = Math.min(MAX_EDITS, Math.max(1, Math.floor(content.length / CHARS_PER_EDIT)));
  let best: QuoteSource | undefined;
  for (const index of corpus) {
    const found = index.nearest(content, maxDistance);
    if (found && (!best || found.distance < best.distance)) best = found;
    if (best?.distance === 0) break;
  }
  return best;
}

/** The quoted stretch of the source as a draft should write it, with the term base's wrong forms fixed. */
function correctedSource(source: QuoteSource, terms: TermBase): string {
  const passage = source.line.text.slice(source.start, source.end);
  let out = '';
  let at = 0;
  for (const match of leftmostLongest(terms.findVariants(passage, 0, passage.length))) {
    out += passage.slice(at, match.start) + match.replacement;
    at = match.end;
  }
  return asQuoted(out + passage.slice(at));
}

/**
 * The inside of each outermost “…” in a block, split at ellipses (…… marks an omission, so each part is a
 * quotation of its own). Quote marks are looked for in prose runs only.
 */
function quotationsIn(text: string, block: ProseBlock): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  let depth = 0;
  let open = -1;
  for (const run of block.runs) {
    for (let i = run.start; i < run.end; i++) {
      if (text[i] === '“') {
        if (depth === 0) open = i + 1;
        depth++;
      } else if (text[i] === '”' && depth > 0) {
        depth--;
        if (depth === 0) found.push(...splitAtEllipsis(text, open, i));
      }
    }
  }
  return found;
}

function splitAtEllipsis(text: string, start: number, end: number): { start: number; end: number }[] {
  const parts: { start: number; end: number }[] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    if (text[i] === '…') {
      if (i > from) parts.push({ start: from, end: i });
      from = i + 1;
    }
  }
  if (end > from) parts.push({ start: from, end });
  return parts;
}
