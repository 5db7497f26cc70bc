import type { ProseBlock, ProseDocument, ProseRun } from './model';

/**
 * One entry of a 公文's outline: a Markdown heading or a numbered 公文 heading
 * (一、 / （一） / 1. / （1）, the four levels of GB/T 9704).
 */
export interface OutlineItem {
  /** Markdown headings: their depth (1–6). 公文 numbering: 1 for 一、, 2 for （一）, 3 for 1., 4 for （1）. */
  level: number;
  /** The marker as written: `#`×depth for a Markdown heading, else `一、`, `（一）`, `1.`, `1．`, `（1）`… */
  marker: string;
  /** The value of the 公文 number (十一 → 11), when there is one. */
  number?: number;
  /** For a Markdown heading that also starts with a 公文 marker: that marker (`## 一、总体要求` → `一、`). */
  numbering?: string;
  /** …and that marker's 公文 level (`一、` → 1). */
  numberingLevel?: number;
  /** The text after the marker, up to the first 。 or the end of the line, trimmed. */
  title: string;
  /** Where the item starts (its marker, or the heading's line) and where its title ends. */
  start: number;
  end: number;
  /** 0-based line. */
  line: number;
}

interface NumberMarker {
  level: number;
  marker: string;
  number: number;
}

const CHINESE_NUMERAL = '[一二三四五六七八九十]+';
const ARABIC_NUMERAL = '[0-9０-９]+';
// A 1. that is followed by a digit is a decimal number (1.5亿), not a heading.
const MARKERS: { level: number; pattern: RegExp }[] = [
  { level: 1, pattern: new RegExp(`^(${CHINESE_NUMERAL})、`) },
  { level: 2, pattern: new RegExp(`^[（(](${CHINESE_NUMERAL})[）)]`) },
  { level: 3, pattern: new RegExp(`^(${ARABIC_NUMERAL})[.．](?![0-9０-９])`) },
  { level: 4, pattern: new RegExp(`^[（(](${ARABIC_NUMERAL})[）)]`) },
];

/** Sticky, so that it runs on the document text from an offset rather than on a slice. */
const LEADING_SPACE = /[\s\u3000]*/y;
/** What may stand before a 公文 marker on a Markdown line without being prose: indentation, `>`, emphasis. */
const MARKUP_PREFIX = /^[\s\u3000>*_]*$/;
/** A Markdown ordered-list marker (`1. `), which markdown-it strips from the prose; 1. is also a 公文 level. */
const LIST_PREFIX = /^[\s\u3000>]*([0-9]+)\.[ \t]+[*_]*$/;

/**
 * 附件说明 with several attachments (GB/T 9704-2012 §7.3.4): 「附件：1．名称」 and, on the lines below, 「2．名称」…
 * Those numbers count attachments, not headings.
 */
const ATTACHMENT_LIST_START = /^附件[：:][\s\u3000]*[0-9０-９]+[.．]/;

interface AttachmentList {
  /** The last line that belongs to an attachment list; its numbered next line continues the list. */
  lastLine: number;
}

/** Outlines by document: the heading rules and the symbol list ask for the same one. */
const outlines = new WeakMap<ProseDocument, readonly OutlineItem[]>();

/** The outline of a document: headings and numbered 公文 headings, in document order (shared: do not modify). */
export function outline(doc: ProseDocument): readonly OutlineItem[] {
  let items = outlines.get(doc);
  if (!items) outlines.set(doc, (items = outlineOf(doc)));
  return items;
}

function outlineOf(doc: ProseDocument): OutlineItem[] {
  const items: OutlineItem[] = [];
  const attachments: AttachmentList = { lastLine: -2 };
  for (const block of doc.blocks) {
    if (block.runs.length === 0) continue;
    if (block.kind === 'heading') items.push(headingItem(doc, block));
    else if (block.kind === 'paragraph' || block.kind === 'plainLine') items.push(...numberedItems(doc, block, attachments));
  }
  return items;
}

function headingItem(doc: ProseDocument, block: ProseBlock): OutlineItem {
  const depth = block.depth ?? 1;
  const first = firstRunOnLine(doc, block.runs, block.line) ?? block.runs[0];
  const textStart = skipSpace(doc.text, first.start, first.end);
  const numbered = matchMarker(doc.text.slice(textStart, first.end));
  const titleFrom = numbered ? textStart + numbered.marker.length : textStart;
  const { title, end } = titleAfter(doc, block.runs, titleFrom, block.line);
  const item: OutlineItem = { level: depth, marker: '#'.repeat(depth), title, start: doc.lines.lineStart(block.line), end, line: block.line };
  if (numbered) {
    item.number = numbered.number;
    item.numbering = numbered.marker;
    item.numberingLevel = numbered.level;
  }
  return item;
}

/** A paragraph may hold several lines (soft breaks); each line may open a numbered heading. */
function numberedItems(doc: ProseDocument, block: ProseBlock, attachments: AttachmentList): OutlineItem[] {
  const items: OutlineItem[] = [];
  const lastLine = doc.lines.position(block.runs[block.runs.length - 1].end).line;
  for (let line = block.line; line <= lastLine; line++) {
    const first = firstRunOnLine(doc, block.runs, line);
    if (!first) continue;
    const prefix = doc.text.slice(doc.lines.lineStart(line), first.start);
    // Most lines start with their prose: no list number, no markup before it.
    const listNumber = prefix === '' ? null : LIST_PREFIX.exec(prefix);
    const textStart = skipSpace(doc.text, first.start, first.end);
    const lineText = doc.text.slice(textStart, first.end);
    if (ATTACHMENT_LIST_START.test(lineText) || (attachments.lastLine === line - 1 && (listNumber || matchMarker(lineText)?.level === 3))) {
      attachments.lastLine = line;
      continue;
    }
    if (listNumber) {
      const markerStart = doc.lines.lineStart(line) + prefix.indexOf(listNumber[1]);
      const marker = `${listNumber[1]}.`;
      const { title, end } = titleAfter(doc, block.runs, first.start, line);
      items.push({ level: 3, marker, number: Number(listNumber[1]), title, start: markerStart, end, line });
      continue;
    }
    if (prefix !== '' && !MARKUP_PREFIX.test(prefix)) continue;
    const numbered = matchMarker(lineText);
    if (!numbered) continue;
    const { title, end } = titleAfter(doc, block.runs, textStart + numbered.marker.length, line);
    items.push({ level: numbered.level, marker: numbered.marker, number: numbered.number, title, start: textStart, end, line });
  }
  return items;
}

/** What a 公文 marker starts with: most lines start otherwise, and are rejected without the four regexes. */
const MARKER_FIRST = '一二三四五六七八九十（(0123456789０１２３４５６７８９';

function matchMarker(text: string): NumberMarker | undefined {
  if (text.length === 0 || !MARKER_FIRST.includes(text[0])) return undefined;
  for (const { level, pattern } of MARKERS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const number = level === 1 || level === 2 ? chineseNumber(match[1]) : arabicNumber(match[1]);
    if (number !== undefined) return { level, marker: match[0], number };
  }
  return undefined;
}

const DIGITS = '一二三四五六七八九';

/** 一 → 1, 十 → 10, 十一 → 11, 二十 → 20, 九十九 → 99; anything else (一一, 十十) is not a number. */
export function chineseNumber(numeral: string): number | undefined {
  const match = /^(?:([一二三四五六七八九])?十)?([一二三四五六七八九])?$/.exec(numeral);
  if (!match || numeral.length === 0) return undefined;
  const tens = numeral.includes('十') ? (match[1] ? DIGITS.indexOf(match[1]) + 1 : 1) : 0;
  const ones = match[2] ? DIGITS.indexOf(match[2]) + 1 : 0;
  return tens * 10 + ones;
}

/** ASCII or full-width digits. */
function arabicNumber(numeral: string): number {
  return Number(numeral.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
}

function firstRunOnLine(doc: ProseDocument, runs: readonly ProseRun[], line: number): ProseRun | undefined {
  const lineStart = doc.lines.lineStart(line);
  const lineEnd = doc.lines.lineEnd(line);
  for (const run of runs) if (run.end > lineStart && run.start < lineEnd && run.start >= lineStart) return run;
  return undefined;
}

function skipSpace(text: string, from: number, limit: number): number {
  LEADING_SPACE.lastIndex = from;
  LEADING_SPACE.test(text);
  return Math.min(LEADING_SPACE.lastIndex, limit);
}

/** The prose on `line` from `from` up to the first 。 or the line's end, with markup between runs left out. */
function titleAfter(doc: ProseDocument, runs: readonly ProseRun[], from: number, line: number): { title: string; end: number } {
  const lineEnd = doc.lines.lineEnd(line);
  let title = '';
  let end = from;
  for (const run of runs) {
    if (run.end <= from || run.start >= lineEnd) continue;
    const start = Math.max(run.start, from);
    const stop = Math.min(run.end, lineEnd);
    const piece = doc.text.slice(start, stop);
    const period = piece.indexOf('。');
    if (period >= 0) {
      title += piece.slice(0, period);
      end = start + period;
      break;
    }
    title += piece;
    end = stop;
  }
  const trimmed = title.trim();
  // The range ends where the title's text ends, not after trailing spaces.
  return { title: trimmed, end: end - (title.length - title.trimEnd().length) };
}
