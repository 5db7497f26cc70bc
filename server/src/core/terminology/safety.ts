import type { InputProblem } from '../types';
import type { LiteralPatterns } from '../match/literalPatterns';
import type { TermEntry } from './entry';
import { parsePattern } from './pattern';

/**
 * Dictionary-wide checks that keep fixes safe. A pattern that occurs inside an expected form would
 * "fix" correct text (prh's ベンダ → ベンダーー bug); a pattern equal to another entry's expected form
 * makes fixes chain or cycle; a pattern listed by two entries has no single fix. Each offending pattern
 * is reported and dropped; the entry keeps its other patterns. `literals`: the matcher of every literal
 * pattern of the entries.
 */
export function checkSafety(entries: readonly TermEntry[], literals: LiteralPatterns<TermEntry>): { entries: TermEntry[]; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  const report = (entry: TermEntry, message: string) => problems.push({ file: entry.origin.file, line: entry.origin.line, message });

  const byExpected = new Map<string, TermEntry>();
  for (const entry of entries) byExpected.set(entry.expected, entry);

  const literalOwner = new Map<string, TermEntry>();
  // Which literal patterns occur inside some expected form: one scan over all expected forms with the
  // matcher of every literal pattern, the one the base then matches with (see variantsOf in matchers.ts).
  const insideExpected = new Map<string, string>();
  for (const entry of entries) {
    literals.scan(entry.expected, 0, entry.expected.length, (s, e) => {
      const pattern = entry.expected.slice(s, e);
      if (!insideExpected.has(pattern)) insideExpected.set(pattern, entry.expected);
    });
  }

  const safe = entries.map((entry) => {
    const kept: string[] = [];
    for (const pattern of entry.patterns) {
      const parsed = parsePattern(pattern, entry.options?.wordBoundary);
      if (parsed.kind === 'regex') {
        const hit = entries.find((other) => matchesInside(parsed.regex, other.expected, other === entry));
        if (hit) {
          report(entry, `「${entry.expected}」的模式 ${pattern} 会匹配正确写法「${hit.expected}」的一部分，已忽略该模式`);
          continue;
        }
        kept.push(pattern);
        continue;
      }
      if (pattern === entry.expected) {
        report(entry, `「${entry.expected}」的错误写法与规范写法相同，已忽略`);
        continue;
      }
      const target = byExpected.get(pattern);
      if (target) {
        const cycle = target.patterns.includes(entry.expected);
        report(
          entry,
          cycle
            ? `循环替换：「${pattern}」→「${entry.expected}」→「${pattern}」，已忽略该错误写法`
            : `「${pattern}」本身是词条「${target.expected}」的规范写法（${target.origin.file}:${target.origin.line}），不能再作为「${entry.expected}」的错误写法，已忽略`,
        );
        continue;
      }
      const container = insideExpected.get(pattern);
      if (container) {
        report(entry, `错误写法「${pattern}」出现在规范写法「${container}」之中，会把正确文本改坏，已忽略`);
        continue;
      }
      const owner = literalOwner.get(pattern);
      if (owner && owner !== entry) {
        report(entry, `错误写法「${pattern}」同时属于「${owner.expected}」（${owner.origin.file}:${owner.origin.line}）和「${entry.expected}」，已忽略后者`);
        continue;
      }
      literalOwner.set(pattern, entry);
      kept.push(pattern);
    }
    return kept.length === entry.patterns.length ? entry : { ...entry, patterns: kept };
  });
  return { entries: safe, problems };
}

/** Does the regex match a part of `expected` that is not the whole of its own expected form? */
function matchesInside(regex: RegExp, expected: string, own: boolean): boolean {
  regex.lastIndex = 0;
  for (let m = regex.exec(expected); m; m = regex.exec(expected)) {
    if (m[0].length === 0) regex.lastIndex++;
    else if (!(own && m[0] === expected)) return true;
  }
  return false;
}

/** An entry defined again in the same file: the later one wins, and is where the problem is reported. */
export function duplicateProblem(earlier: TermEntry, later: TermEntry): InputProblem {
  return { file: later.origin.file, line: later.origin.line, message: `词条「${later.expected}」重复定义（上一次在第 ${earlier.origin.line} 行），以此处为准` };
}
