import { backtrackingRisk } from './regexSafety';

/** A prh pattern: `/body/flags` is a regular expression, anything else a literal. */
export type ParsedPattern = { kind: 'literal'; text: string } | { kind: 'regex'; regex: RegExp };

const REGEX_PATTERN = /^\/(.+)\/([imsu]*)$/s;

/**
 * Can the pattern be a regex (`/…/`, or any pattern with the word-boundary option)? Without parsing it:
 * a large base has tens of thousands of literal patterns.
 */
function mayBeRegex(pattern: string, wordBoundary = false): boolean {
  return wordBoundary || pattern.startsWith('/');
}

/** Throws a 简体中文 message when the regex does not compile or risks catastrophic backtracking. */
export function parsePattern(pattern: string, wordBoundary = false): ParsedPattern {
  if (!mayBeRegex(pattern, wordBoundary)) return { kind: 'literal', text: pattern };
  const m = REGEX_PATTERN.exec(pattern);
  if (!m) {
    if (!wordBoundary) return { kind: 'literal', text: pattern };
    return { kind: 'regex', regex: new RegExp(`\\b${escapeRegex(pattern)}\\b`, 'gu') };
  }
  const risk = backtrackingRisk(m[1]);
  if (risk) throw new Error(`正则表达式有回溯风险：${pattern}（${risk}）`);
  const body = wordBoundary ? `\\b(?:${m[1]})\\b` : m[1];
  try {
    return { kind: 'regex', regex: new RegExp(body, `g${m[2].includes('u') ? m[2] : m[2] + 'u'}`) };
  } catch (error) {
    throw new Error(`正则表达式无效：${pattern}（${(error as Error).message}）`);
  }
}

export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** The entry's replacement for one match; `$1`… refer to the regex's groups, as in prh. */
export function expand(expected: string, match: RegExpExecArray | null): string {
  if (!match) return expected;
  return expected.replace(/\$(\d)/g, (_, n: string) => match[Number(n)] ?? '');
}
