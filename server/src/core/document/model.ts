import type { LineIndex } from './lineIndex';

/** What a block of the document is; rules that care about structure read it. */
export type BlockKind = 'heading' | 'paragraph' | 'tableCell' | 'plainLine';

/** A run of prose: text[start, end) is checked; everything between runs (markup, code, URLs) is not. */
export interface ProseRun {
  start: number;
  end: number;
}

export interface ProseBlock {
  kind: BlockKind;
  /** For headings, 1–6. */
  depth?: number;
  /** 0-based line of the block's first line. */
  line: number;
  /** Runs in document order, none overlapping. */
  runs: ProseRun[];
}

/** An HTML comment `<!-- … -->` in the document, which may carry a tifa-disable directive. */
export interface Comment {
  start: number;
  end: number;
  body: string;
}

export interface ProseDocument {
  text: string;
  lines: LineIndex;
  blocks: ProseBlock[];
  comments: Comment[];
}
