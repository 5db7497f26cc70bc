import type { CorpusText } from '../source';
import { isHan, numberedLines } from '../source';
import type { CandidateSet } from './candidate';
import { nameStart } from './named';

const CLAUSE_BREAK = /[，。；：！？,.;:!?（）()《》“”‘’\s]/;
const MAX_ITEM = 12;
/** What ends the last item of a list (…、生物医药等, …、动力变革的): not 是 or 向, which items hold (面向…). */
const LIST_END = new Set('的等和与或之');
/** Function characters an item of a list may hold: 智能装备及智能制造. */
const INSIDE_ITEM = new Set('及');
/** Parallel wording that repeats a head of one character before parts of equal length (新产业新业态新模式, 总纲领总遵循, 做强做优做大). */
const REPEATED_HEAD = [/([\u4e00-\u9fff])[\u4e00-\u9fff](?:\1[\u4e00-\u9fff]){2,3}/y, /([\u4e00-\u9fff])[\u4e00-\u9fff]{2}(?:\1[\u4e00-\u9fff]{2}){1,3}/y];
/** …or a tail (补链强链延链, 创新链产业链资金链人才链); its parts are candidates too. */
const REPEATED_TAIL = [/[\u4e00-\u9fff]([\u4e00-\u9fff])(?:[\u4e00-\u9fff]\1){2,3}/y, /[\u4e00-\u9fff]{2}([\u4e00-\u9fff])(?:[\u4e00-\u9fff]{2}\1){2,3}/y];

/**
 * Parallel formulations: the items of 、-lists (制造强国、质量强国、航天强国), whole lists whose items
 * share wording (质量变革、效率变革、动力变革) or pair four-character phrases (不忘初心、牢记使命),
 * wording that repeats a head or a tail, and the examples before 等 (智能终端等传统产业).
 */
export function extractListed(texts: readonly CorpusText[], into: CandidateSet): void {
  for (const { file, text } of texts) {
    for (const { line, text: content } of numberedLines(text)) {
      const at = { file, line };
      for (const clause of content.split(CLAUSE_BREAK)) {
        const items = listItems(clause);
        if (items.length >= 2) {
          for (const item of items) if (item.length >= 2 && item.length <= MAX_ITEM) into.add('listed', item, at);
          if (isParallel(items)) into.add('listed', items.join('、'), at);
        }
        for (const m of matchesEverywhere(clause, REPEATED_HEAD)) into.add('listed', m[0], at);
        for (const m of matchesEverywhere(clause, REPEATED_TAIL)) {
          into.add('listed', m[0], at);
          const tail = m[1];
          for (const part of m[0].split(tail).slice(0, -1)) if (part.length === 2) into.add('listed', part + tail, at);
        }
        for (let i = clause.indexOf('等'); i > 0; i = clause.indexOf('等', i + 1)) {
          const example = clause.slice(nameStart(clause, i), i);
          if (example.length >= 4 && example.length <= MAX_ITEM) into.add('listed', example, at);
        }
      }
    }
  }
}

/** Matches of sticky patterns at every position, overlapping ones included (作为工作总抓手总牵引). */
function matchesEverywhere(clause: string, patterns: RegExp[]): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  for (const pattern of patterns) {
    for (let i = 0; i < clause.length; i++) {
      pattern.lastIndex = i;
      const m = pattern.exec(clause);
      if (m) found.push(m);
    }
  }
  return found;
}

/** The items of a 、-list in one clause: the first starts after any governing word, the last ends at a break. */
function listItems(clause: string): string[] {
  const parts = clause.split('、');
  if (parts.length < 2) return [];
  const raw = parts[0];
  parts[0] = raw.slice(nameStart(raw, raw.length, INSIDE_ITEM));
  const last = parts.length - 1;
  let end = 0;
  while (end < parts[last].length && isHan(parts[last][end]) && !LIST_END.has(parts[last][end])) end++;
  parts[last] = parts[last].slice(0, end);
  if (!parts.every((p) => p.length > 0 && [...p].every(isHan))) return [];
  if (parts.length >= 3) parts[0] = alignFirstItem(raw, parts[0], parts.slice(1));
  return parts;
}

/**
 * Parallel items share wording at one place (面向…, …是第一…, …变革); the first item starts where that
 * wording puts it, not where a governing word happens to stand (坚持|面向世界科技前沿, 制造业|质量变革).
 */
function alignFirstItem(raw: string, first: string, others: string[]): string {
  const model = others[0];
  for (let offset = 0; offset + 2 <= model.length; offset++) {
    const anchor = model.slice(offset, offset + 2);
    if (!others.every((item) => item.slice(offset, offset + 2) === anchor)) continue;
    const at = raw.lastIndexOf(anchor);
    if (at - offset >= 0) return raw.slice(at - offset);
  }
  return first;
}

/** Items that share wording of two characters or more, or two four-character phrases. */
function isParallel(items: string[]): boolean {
  if (items.length === 2 && items.every((i) => i.length === 4)) return true;
  if (items.length < 3) return false;
  const first = items[0];
  for (let i = 0; i + 2 <= first.length; i++) {
    if (items.every((item) => item.includes(first.slice(i, i + 2)))) return true;
  }
  return false;
}
