/**
 * The shapes every part of Tifa agrees on. Offsets are UTF-16 code units into the checked text
 * (what JS strings and LSP use); a range is [start, end).
 */
import type { TermEntry } from './terminology/entry';

export type Severity = 'error' | 'warning' | 'info';
export type RuleLevel = Severity | 'off';
export type FileKind = 'markdown' | 'plaintext';
/** Messages are 简体中文 first; English where the front end runs in English. */
export type Locale = 'zh-CN' | 'en';

/** One replacement; applying it replaces text[start, end) with `text`. Always inside its finding's range. */
export interface Fix {
  start: number;
  end: number;
  text: string;
  /** What the fix does, in 简体中文, for a quick-fix menu. */
  title: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** 简体中文 message. */
  message: string;
  start: number;
  end: number;
  /** text.slice(start, end), kept for front ends and reports. */
  matched: string;
  /** Alternative fixes, best first; fix-all applies the first. */
  fixes: Fix[];
  /** For term findings: the entry of the canonical term (hover shows it). */
  term?: TermEntry;
}

/** A problem with user input (config, term base) that does not stop the lint. */
export interface InputProblem {
  file: string;
  /** 1-based; 0 when the problem concerns the whole file. */
  line: number;
  message: string;
}
