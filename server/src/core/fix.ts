import type { Finding, Fix } from './types';

/**
 * The one place that edits text. A replacement of text[start, end) becomes the smallest edit that has the
 * same effect (做强制制造业 → 做强制造业 deletes one 制), never splitting a surrogate pair.
 */
export function minimalFix(text: string, start: number, end: number, replacement: string, title: string): Fix {
  const original = text.slice(start, end);
  let head = 0;
  while (head < original.length && head < replacement.length && original[head] === replacement[head]) head++;
  let tail = 0;
  while (
    tail < original.length - head &&
    tail < replacement.length - head &&
    original[original.length - 1 - tail] === replacement[replacement.length - 1 - tail]
  ) {
    tail++;
  }
  if (isHighSurrogate(original.charCodeAt(head - 1))) head--;
  if (isLowSurrogate(original.charCodeAt(original.length - tail))) tail--;
  return { start: start + head, end: end - tail, text: replacement.slice(head, replacement.length - tail), title };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Applies non-overlapping fixes; a fix that overlaps one already taken is left out and returned. */
export function applyFixes(text: string, fixes: readonly Fix[]): { text: string; applied: Fix[]; skipped: Fix[] } {
  const sorted = [...fixes].sort((a, b) => a.start - b.start || a.end - b.end);
  const applied: Fix[] = [];
  const skipped: Fix[] = [];
  let out = '';
  let at = 0;
  for (const fix of sorted) {
    const last = applied[applied.length - 1];
    // Two insertions at one point have no defined order: keep the first.
    const sameInsertionPoint = last !== undefined && fix.start === fix.end && last.start === last.end && last.start === fix.start;
    if (fix.start < at || sameInsertionPoint) {
      skipped.push(fix);
      continue;
    }
    out += text.slice(at, fix.start) + fix.text;
    at = fix.end;
    applied.push(fix);
  }
  return { text: out + text.slice(at), applied, skipped };
}

/** The fixes fix-all takes: the first fix of each finding. */
export function preferredFixes(findings: readonly Finding[]): Fix[] {
  return findings.flatMap((f) => (f.fixes.length > 0 ? [f.fixes[0]] : []));
}

/**
 * Fix-all: applies the preferred fixes, re-lints and repeats until nothing is left to fix (at most
 * `maxPasses`), so that fixing the result again changes nothing.
 */
export function fixAll(text: string, lintText: (text: string) => readonly Finding[], maxPasses = 10): { text: string; fixed: number } {
  let fixed = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    const { text: next, applied } = applyFixes(text, preferredFixes(lintText(text)));
    if (applied.length === 0) break;
    fixed += applied.length;
    text = next;
  }
  return { text, fixed };
}
