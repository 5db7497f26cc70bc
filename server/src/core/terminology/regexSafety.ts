/**
 * A bounded check, at load time, for user `/regex/` patterns that can backtrack catastrophically: an
 * unbounded repeat of a group that itself repeats (`(a+)+`) or that has alternatives which are not single
 * characters (`(a|aa)*`), and back-references. JavaScript regexes cannot be interrupted, so such a
 * pattern could freeze the editor on one long paragraph; it is refused with the reason instead. The scan
 * is linear in the pattern's length.
 */
interface Group {
  /** An unbounded quantifier (*, +, {n,}) occurs inside the group. */
  repeats: boolean;
  /** The group, or a group inside it, has alternatives of which one is longer than one character. */
  longAlternatives: boolean;
  alternatives: boolean;
  /** Atoms in the current alternative, and the most in any alternative so far: tells `(a|b)` from `(ab|c)`. */
  atoms: number;
  longest: number;
}

/** Why the regex body is refused, in 简体中文, or undefined when it is safe to run. */
export function backtrackingRisk(body: string): string | undefined {
  const stack: Group[] = [{ repeats: false, longAlternatives: false, alternatives: false, atoms: 0, longest: 0 }];
  const top = () => stack[stack.length - 1];
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') {
      const next = body[i + 1] ?? '';
      if (/[1-9]/.test(next) || next === 'k') return '含有反向引用';
      i++;
      top().atoms++;
      continue;
    }
    if (c === '[') {
      i = classEnd(body, i);
      top().atoms++;
      continue;
    }
    if (c === '(') {
      stack.push({ repeats: false, longAlternatives: false, alternatives: false, atoms: 0, longest: 0 });
      if (body[i + 1] === '?') i = groupPrefixEnd(body, i);
      continue;
    }
    if (c === ')') {
      if (stack.length === 1) continue; // unbalanced; the RegExp constructor reports it
      const group = stack.pop()!;
      group.longest = Math.max(group.longest, group.atoms);
      if (group.alternatives && group.longest > 1) group.longAlternatives = true;
      const quantifier = quantifierAt(body, i + 1);
      if (quantifier.unbounded && group.repeats) return '重复的分组里又有重复（如 (a+)+），可能导致灾难性回溯';
      if (quantifier.unbounded && group.longAlternatives) return '重复的分组里有多字符的选择分支（如 (a|aa)*），可能导致灾难性回溯';
      const parent = top();
      parent.repeats ||= group.repeats || quantifier.unbounded;
      parent.longAlternatives ||= group.longAlternatives;
      // A group longer than one character is more than one atom of its parent's alternative.
      parent.atoms += group.longest > 1 || quantifier.length > 0 ? 2 : 1;
      i += quantifier.length;
      continue;
    }
    if (c === '|') {
      const group = top();
      group.longest = Math.max(group.longest, group.atoms);
      group.alternatives = true;
      group.atoms = 0;
      continue;
    }
    const quantifier = quantifierAt(body, i);
    if (quantifier.length > 0) {
      top().repeats ||= quantifier.unbounded;
      top().atoms++;
      i += quantifier.length - 1;
      continue;
    }
    top().atoms++;
  }
  return undefined;
}

/** The quantifier starting at `at` (with its lazy `?`), or length 0. */
function quantifierAt(body: string, at: number): { length: number; unbounded: boolean } {
  const c = body[at];
  let length = 0;
  let unbounded = false;
  if (c === '*' || c === '+') {
    length = 1;
    unbounded = true;
  } else if (c === '?') {
    length = 1;
  } else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(body.slice(at, at + 24));
    if (!m) return { length: 0, unbounded: false };
    length = m[0].length;
    unbounded = m[2] !== undefined && m[3] === '';
  }
  if (length > 0 && body[at + length] === '?') length++;
  return { length, unbounded };
}

/** Index of the `]` closing the class that opens at `open`. */
function classEnd(body: string, open: number): number {
  for (let i = open + 1; i < body.length; i++) {
    if (body[i] === '\\') i++;
    else if (body[i] === ']' && i > open + 1) return i;
  }
  return body.length;
}

/** Skips `(?:`, `(?=`, `(?!`, `(?<=`, `(?<!` and `(?<name>`; returns the index of the prefix's last character. */
function groupPrefixEnd(body: string, open: number): number {
  if (body[open + 2] === '<' && body[open + 3] !== '=' && body[open + 3] !== '!') {
    const close = body.indexOf('>', open);
    return close < 0 ? open : close;
  }
  return body[open + 2] === '<' ? open + 3 : open + 2;
}
