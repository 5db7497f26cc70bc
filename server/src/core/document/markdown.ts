import { LineIndex } from './lineIndex';
import { withoutFrontMatter } from './frontMatter';
import { createMarkdownParser, type Token } from './markdownParser';
import type { Comment, ProseBlock, ProseDocument, ProseRun } from './model';
import { withoutBom } from '../text/bom';

const parser = createMarkdownParser();

/**
 * Markdown → the prose to check. markdown-it (fast, CommonMark) gives the block structure with line maps
 * but no inline offsets, so each inline token is anchored in the source by searching forward from a
 * cursor. A text token whose content is not verbatim in the source (entities, escapes) is skipped rather
 * than guessed: a finding must always point at exactly the text that was checked.
 */
export function parseMarkdown(text: string): ProseDocument {
  const lines = new LineIndex(text);
  // Same line count as the source, so markdown-it's line maps index `lines` directly.
  const parsed = withoutBom(withoutFrontMatter(lines));
  const tokens = parser.parse(parsed, {});

  const blocks: ProseBlock[] = [];
  const comments: Comment[] = [];
  let headingDepth = 0;
  let rowLine = -1;

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    switch (token.type) {
      case 'heading_open':
        headingDepth = Number(token.tag.slice(1));
        break;
      case 'tr_open':
        rowLine = token.map ? token.map[0] : rowLine;
        break;
      case 'html_block':
        if (token.map) collectComments(text, lines, token.map[0], token.map[1], comments);
        break;
      case 'inline': {
        const parent = tokens[i - 1];
        const line = token.map ? token.map[0] : rowLine;
        const endLine = token.map ? token.map[1] : rowLine + 1;
        if (line < 0) break;
        const kind = parent.type === 'heading_open' ? 'heading' : parent.type === 'td_open' || parent.type === 'th_open' ? 'tableCell' : 'paragraph';
        const cursorStart = kind === 'tableCell' ? cellCursor(blocks, line, lines) : lines.lineStart(line);
        const runs = anchorInline(text, token.children ?? [], cursorStart, lines.lineEnd(endLine - 1), comments);
        const block: ProseBlock = { kind, line, runs };
        if (kind === 'heading') block.depth = headingDepth;
        blocks.push(block);
        break;
      }
    }
  }
  return { text, lines, blocks, comments };
}

/** Cells of one table row share a line: each cell's search starts after the previous cell's runs. */
function cellCursor(blocks: ProseBlock[], line: number, lines: LineIndex): number {
  const previous = blocks[blocks.length - 1];
  if (previous && previous.kind === 'tableCell' && previous.line === line && previous.runs.length > 0) {
    return previous.runs[previous.runs.length - 1].end;
  }
  return lines.lineStart(line);
}

function anchorInline(text: string, children: Token[], from: number, limit: number, comments: Comment[]): ProseRun[] {
  const runs: ProseRun[] = [];
  let cursor = from;
  let inUrlLink = false;
  for (const child of children) {
    switch (child.type) {
      case 'text': {
        if (child.content.length === 0) break;
        const at = text.indexOf(child.content, cursor);
        if (at < 0 || at + child.content.length > limit) break;
        cursor = at + child.content.length;
        if (!inUrlLink) runs.push({ start: at, end: cursor });
        break;
      }
      case 'code_inline':
      case 'html_inline': {
        const at = text.indexOf(child.content, cursor);
        if (at < 0 || at + child.content.length > limit) break;
        if (child.type === 'html_inline' && child.content.startsWith('<!--')) {
          comments.push({ start: at, end: at + child.content.length, body: commentBody(child.content) });
        }
        cursor = at + child.content.length;
        break;
      }
      case 'link_open':
        // Autolinks and bare URLs show the URL itself as link text: not prose.
        inUrlLink = child.markup === 'linkify' || child.markup === 'autolink';
        break;
      case 'link_close':
        if (!inUrlLink) cursor = skipLinkTail(text, cursor, limit);
        inUrlLink = false;
        break;
      case 'image':
        // Alt text and source are not prose.
        cursor = skipLinkTail(text, cursor, limit);
        break;
    }
  }
  return runs;
}

/**
 * From inside or just after a link's text (or before an image), move past the next `](destination "title")`,
 * `][label]` or `]`, so that later text is never anchored inside a URL.
 */
function skipLinkTail(text: string, cursor: number, limit: number): number {
  const bracket = text.indexOf(']', cursor);
  if (bracket < 0 || bracket >= limit) return cursor;
  let i = bracket + 1;
  if (text[i] === '(') {
    let depth = 0;
    for (; i < limit; i++) {
      const c = text[i];
      if (c === '\\') i++;
      else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) return i + 1;
    }
    return i;
  }
  if (text[i] === '[') {
    const close = text.indexOf(']', i);
    return close >= 0 && close < limit ? close + 1 : i;
  }
  return i;
}

function collectComments(text: string, lines: LineIndex, firstLine: number, endLine: number, comments: Comment[]): void {
  const start = lines.lineStart(firstLine);
  const end = lines.lineEnd(endLine - 1);
  const html = text.slice(start, end);
  const pattern = /<!--([\s\S]*?)-->/g;
  for (let m = pattern.exec(html); m; m = pattern.exec(html)) {
    comments.push({ start: start + m.index, end: start + m.index + m[0].length, body: m[1].trim() });
  }
}

function commentBody(html: string): string {
  return html.replace(/^<!--/, '').replace(/-->$/, '').trim();
}
