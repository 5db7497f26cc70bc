import { lastAtOrBefore } from '../text/sorted';

/**
 * Converts between UTF-16 offsets and 0-based line/column positions (columns in UTF-16 code units). A
 * line ends at `\r\n`, `\n` or a lone `\r`, as in CommonMark (markdown-it's line maps) and LSP: counted
 * otherwise, a lone `\r` put markdown-it's line numbers and ours apart, and prose was looked for on the
 * wrong lines.
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    // Most texts have no CR at all; CRLF ones only pairs: both take the fast way below.
    if (text.includes('\r') && LONE_CR.test(text)) {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === CR && text.charCodeAt(i + 1) === LF) i++;
        if (c === LF || c === CR) this.starts.push(i + 1);
      }
      return;
    }
    // indexOf skips to the next newline far faster than a loop over every character.
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineStart(line: number): number {
    return this.starts[Math.min(Math.max(line, 0), this.starts.length - 1)];
  }

  /** End of the line's content, before its `\r\n`, `\n` or `\r`. */
  lineEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    let end = this.starts[line + 1];
    if (this.text.charCodeAt(end - 1) === LF) end--;
    if (end > this.lineStart(line) && this.text.charCodeAt(end - 1) === CR) end--;
    return end;
  }

  position(offset: number): { line: number; column: number } {
    const line = lastAtOrBefore(this.starts, offset);
    return { line, column: offset - this.starts[line] };
  }

  offset(line: number, column: number): number {
    if (line >= this.starts.length) return this.text.length;
    return Math.min(this.lineStart(line) + column, this.lineEnd(line));
  }
}

const CR = 13;
const LF = 10;
const LONE_CR = /\r(?!\n)/;
