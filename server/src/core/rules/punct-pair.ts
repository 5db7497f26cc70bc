import type { ProseBlock } from '../document';
import { isLatinLetter } from '../text/chars';
import type { RuleContext, Rule } from './rule';

const CLOSE_OF: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '〈': '〉', '（': '）', '【': '】', '〔': '〕' };
const OPEN_OF: Record<string, string> = Object.fromEntries(Object.entries(CLOSE_OF).map(([open, close]) => [close, open]));
/** The mark to use one level in: a quote inside a quote is ‘’, a title inside a title is 〈〉. */
const INNER_OF: Record<string, string> = { '“': '‘', '《': '〈' };

const PAIR_MARKS = new Set('“”‘’《》〈〉（）【】〔〕');

/** Quotes nest with quotes, titles with titles; other marks in between do not matter. */
const FAMILY: Record<string, string> = { '“': 'quote', '‘': 'quote', '《': 'title', '〈': 'title' };

interface Open {
  char: string;
  offset: number;
}

/**
 * punct/pair (GB/T 15834-2011 §4.8, §4.9, §4.15): paired marks open and close within a paragraph, in
 * order, and nest as “‘’” and 《〈〉》. Reports only: which end is wrong is for the writer to say.
 */
export const punctPair: Rule = {
  id: 'punct/pair',
  title: '成对标点不配对',
  defaultSeverity: 'warning',
  check(context) {
    const { document } = context;
    document.blocks.forEach((block, index) => checkBlock(context, block, document.blocks[index + 1]));
  },
};

function checkBlock(context: RuleContext, block: ProseBlock, next: ProseBlock | undefined): void {
  const { report, document: { text } } = context;
  const stack: Open[] = [];
  for (const { char, offset } of pairMarks(text, block)) {
    if (CLOSE_OF[char]) {
      const inner = INNER_OF[char];
      if (inner && innermostOfFamily(stack, char) === char) {
        report({
          start: offset,
          end: offset + 1,
          message: context.t(`「${char}」内再用时应改用「${inner}${CLOSE_OF[inner]}」`, `Inside 「${char}${CLOSE_OF[char]}」 use 「${inner}${CLOSE_OF[inner]}」`),
        });
      }
      stack.push({ char, offset });
      continue;
    }
    const open = OPEN_OF[char];
    if (!open) continue;
    // ’ between letters is an English apostrophe (don’t), not a closing quote.
    if (char === '’' && isLatinLetter(text[offset - 1]) && isLatinLetter(text[offset + 1])) continue;
    const depth = stack.map((o) => o.char).lastIndexOf(open);
    if (depth < 0) {
      report({ start: offset, end: offset + 1, message: context.t(`「${char}」没有对应的「${open}」`, `「${char}」 has no matching 「${open}」`) });
      continue;
    }
    for (const unclosed of stack.splice(depth + 1)) reportUnclosed(context, unclosed);
    stack.pop();
  }
  for (const unclosed of stack) {
    // A quotation over several paragraphs opens each with “ and closes only the last (GB/T 15834-2011 §4.8).
    if (unclosed.char === '“' && next && text[next.runs[0]?.start] === '“') continue;
    reportUnclosed(context, unclosed);
  }
}

/** The paired marks of a block in order, across its runs (a quotation may span **emphasis**). */
function pairMarks(text: string, block: ProseBlock): Open[] {
  const marks: Open[] = [];
  for (const run of block.runs) {
    // A loop bounded by the run: a regex search from run.start would run on to the next mark in the
    // whole document when the run has none, which is quadratic over a long draft.
    for (let i = run.start; i < run.end; i++) if (PAIR_MARKS.has(text[i])) marks.push({ char: text[i], offset: i });
  }
  return marks;
}

function innermostOfFamily(stack: readonly Open[], char: string): string | undefined {
  for (let i = stack.length - 1; i >= 0; i--) if (FAMILY[stack[i].char] === FAMILY[char]) return stack[i].char;
  return undefined;
}

function reportUnclosed(context: RuleContext, open: Open): void {
  const close = CLOSE_OF[open.char];
  context.report({
    start: open.offset,
    end: open.offset + 1,
    message: context.t(`「${open.char}」没有对应的「${close}」`, `「${open.char}」 is never closed with 「${close}」`),
  });
}
