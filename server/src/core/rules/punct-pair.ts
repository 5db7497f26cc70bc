import type { ProseBlock } from '../document';
import { isLatinLetter } from '../text/chars';
import type { RuleContext, Rule } from './rule';

const CLOSE_OF: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '〈': '〉', '（': '）', '【': '】', '〔': '〕' };
const OPEN_OF: Record<string, string> = Object.fromEntries(Object.entries(CLOSE_OF).map(([open, close]) => [close, open]));
/** The mark to use one level in: a quote inside a quote is ‘’, a title inside a title is 〈〉. */
const INNER_OF: Record<string, string> = { '“': '‘', '《': '〈' };

/**
 * Code unit → the mark as a string literal: looking marks up by these (interned) strings is fast, by a
 * fresh `text[i]` it is not.
 */
const PAIR_MARKS = new Map(Array.from('“”‘’《》〈〉（）【】〔〕', (c) => [c.charCodeAt(0), c]));

/** Quotes nest with quotes, titles with titles; other marks in between do not matter. */
const FAMILY: Record<string, string> = { '“': 'quote', '‘': 'quote', '《': 'title', '〈': 'title' };

interface Open {
  char: string;
  offset: number;
  /** The mark of its own kind it was opened inside (“ in “, 《 in 《). */
  enclosing?: Open;
  /** Set once its closing mark is found. */
  closed?: boolean;
}

/**
 * punct/pair (GB/T 15834-2011 §4.8, §4.9, §4.15): paired marks open and close within a paragraph, in
 * order, and nest as “‘’” and 《〈〉》. An unbalanced mark is reported without a fix (which end is wrong
 * is for the writer to say); a pair nested in its own kind is fixed to the inner form.
 */
export const punctPair: Rule = {
  id: 'punct/pair',
  title: '成对标点不配对',
  defaultSeverity: 'warning',
  scope: 'document',
  check(context) {
    const { document } = context;
    document.blocks.forEach((block, index) => checkBlock(context, block, document.blocks[index + 1]));
  },
};

function checkBlock(context: RuleContext, block: ProseBlock, next: ProseBlock | undefined): void {
  const { report, document: { text } } = context;
  const marks = pairMarks(text, block);
  if (marks.length === 0) return;
  const stack: Open[] = [];
  const nested: { open: Open; closeOffset: number }[] = [];
  for (const { char, offset } of marks) {
    if (CLOSE_OF[char]) {
      // A quote in a quote, a title in a title: remembered, and reported once its closing mark is known.
      const enclosing = INNER_OF[char] !== undefined ? innermostOfFamily(stack, char) : undefined;
      stack.push({ char, offset, enclosing: enclosing?.char === char ? enclosing : undefined });
      continue;
    }
    const open = OPEN_OF[char];
    if (!open) continue;
    // ’ between letters is an English apostrophe (don’t), not a closing quote.
    if (char === '’' && isLatinLetter(text[offset - 1]) && isLatinLetter(text[offset + 1])) continue;
    const depth = lastIndexOfMark(stack, open);
    if (depth < 0) {
      report({ start: offset, end: offset + 1, message: context.t(`「${char}」没有对应的「${open}」`, `「${char}」 has no matching 「${open}」`) });
      continue;
    }
    if (depth + 1 < stack.length) for (const unclosed of stack.splice(depth + 1)) reportUnclosed(context, unclosed);
    const closed = stack.pop()!;
    closed.closed = true;
    if (closed.enclosing) nested.push({ open: closed, closeOffset: offset });
  }
  // Fixed only when the outer pair closes too: in “甲“乙” the writer may have meant “甲”乙”.
  for (const pair of nested) if (pair.open.enclosing!.closed) reportNested(context, pair.open, pair.closeOffset);
  for (const unclosed of stack) {
    // A quotation over several paragraphs opens each with “ and closes only the last (GB/T 15834-2011 §4.8).
    if (unclosed.char === '“' && next && text[next.runs[0]?.start] === '“') continue;
    reportUnclosed(context, unclosed);
  }
}

const MARK = /[“”‘’《》〈〉（）【】〔〕]/g;

/** The paired marks of a block in order, across its runs (a quotation may span **emphasis**). */
function pairMarks(text: string, block: ProseBlock): Open[] {
  const marks: Open[] = [];
  for (const run of block.runs) {
    // On the run's own text: a search of the whole document from run.start would run on to the next
    // mark in another block when the run has none, which is quadratic over a long draft.
    const runText = text.slice(run.start, run.end);
    MARK.lastIndex = 0;
    // test() rather than exec(): the mark is one code unit just before lastIndex, and no match array is made.
    while (MARK.test(runText)) {
      const at = MARK.lastIndex - 1;
      marks.push({ char: PAIR_MARKS.get(runText.charCodeAt(at))!, offset: run.start + at });
    }
  }
  return marks;
}

function lastIndexOfMark(stack: readonly Open[], char: string): number {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i].char === char) return i;
  return -1;
}

function innermostOfFamily(stack: readonly Open[], char: string): Open | undefined {
  for (let i = stack.length - 1; i >= 0; i--) if (FAMILY[stack[i].char] === FAMILY[char]) return stack[i];
  return undefined;
}

/** “甲“乙”丙” → “甲‘乙’丙”: both marks of the inner pair change, so the finding spans the pair. */
function reportNested(context: RuleContext, open: Open, closeOffset: number): void {
  const outer = `${open.char}${CLOSE_OF[open.char]}`;
  const innerOpen = INNER_OF[open.char];
  const inner = `${innerOpen}${CLOSE_OF[innerOpen]}`;
  const text = context.document.text;
  context.report({
    start: open.offset,
    end: closeOffset + 1,
    message: context.t(`「${outer}」内再用时应改用「${inner}」`, `Inside 「${outer}」 use 「${inner}」`),
    replacement: innerOpen + text.slice(open.offset + 1, closeOffset) + CLOSE_OF[innerOpen],
    fixTitle: context.t(`改为「${inner}」`, `Change to 「${inner}」`),
  });
}

function reportUnclosed(context: RuleContext, open: Open): void {
  const close = CLOSE_OF[open.char];
  context.report({
    start: open.offset,
    end: open.offset + 1,
    message: context.t(`「${open.char}」没有对应的「${close}」`, `「${open.char}」 is never closed with 「${close}」`),
  });
}
