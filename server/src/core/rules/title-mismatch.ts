import { roleEndingAt, sameTitle, splitTitle } from '../corpus/titles';
import type { AhoCorasick } from '../match/ahoCorasick';
import { AhoCorasickBuilder } from '../match/ahoCorasickBuilder';
import type { TermBase } from '../terminology';
import type { PersonEntry } from '../terminology/entry';
import type { Rule } from './rule';

/** Characters that end the organization part of a title on its left (会议由|市委书记). */
const ORGANIZATION_STOP = new Set('的之和与及或并在于对把被将从向以为了由是');
const MAX_ORGANIZATION = 10;
/**
 * What may follow a two-character name in reporting prose. Two characters are often part of a longer
 * word (长江夏季 holds 江夏), so a short name counts only before a break or one of these.
 */
const AFTER_SHORT_NAME = ['表示', '说', '出席', '主持', '强调', '指出', '介绍', '认为', '在', '同志', '等', '和', '与', '及', '到', '赴', '前往', '会见', '调研', '带队', '一行', '参加', '讲话', '的', '是', '为', '要求', '提出'];

/**
 * title/mismatch (领导职务): a person of the term base written with a title the corpus does not give
 * them (市长袁家军, where the corpus has 市委书记袁家军). The pairs are data (`people` in the term base).
 */
export const titleMismatch: Rule = {
  id: 'title/mismatch',
  title: '领导职务',
  defaultSeverity: 'warning',
  scope: 'block',
  check({ document, terms, report, t }) {
    if (terms.people.size === 0) return;
    const { names, anyName } = nameMatcher(terms);
    const text = document.text;
    for (const block of document.blocks) {
      for (const run of block.runs) {
        if (!anyName.test(text.slice(run.start, run.end))) continue;
        names.scan(text, run.start, run.end, (nameStart, nameEnd, person) => {
          if (person.name.length <= 2 && !shortNameEnds(text, nameEnd, run.end)) return;
          const role = roleEndingAt(text.slice(run.start, nameStart), nameStart - run.start);
          if (!role) return;
          const roleStart = run.start + role.start;
          const titleStart = organizationStart(text, run.start, roleStart);
          const written = text.slice(titleStart, nameStart);
          if (person.titles.some((title) => sameTitle(written, title))) return;
          const { replaceFrom, replacement } = correction(written, person);
          const recorded = person.titles.join('、');
          const where = sourceOf(person);
          report({
            start: titleStart,
            end: nameEnd,
            message: t(
              `「${written}${person.name}」与语料不符：语料中${person.name}的职务为「${recorded}」${where ? `（${where}）` : ''}`,
              `“${written}${person.name}” does not match the corpus, which gives ${person.name} as “${recorded}”${where ? ` (${where})` : ''}`,
            ),
            replacement: written.slice(0, replaceFrom) + replacement + person.name,
            fixTitle: t(`改为「${replacement}」`, `Change the title to “${replacement}”`),
          });
        });
      }
    }
  },
};

interface NameMatcher {
  /** Every occurrence of every name, overlapping ones too. */
  names: AhoCorasick<PersonEntry>;
  /**
   * Whether a text holds some name: most runs hold none, and V8's regex engine says so faster than the
   * automaton walks them.
   */
  anyName: RegExp;
}

const matchers = new WeakMap<TermBase, NameMatcher>();

function nameMatcher(terms: TermBase): NameMatcher {
  let matcher = matchers.get(terms);
  if (!matcher) {
    const names = new AhoCorasickBuilder<PersonEntry>();
    const spelled: string[] = [];
    for (const person of terms.people.values()) {
      names.add(person.name, person);
      spelled.push(person.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    }
    matcher = { names: names.build(), anyName: new RegExp(spelled.join('|')) };
    matchers.set(terms, matcher);
  }
  return matcher;
}

function shortNameEnds(text: string, at: number, runEnd: number): boolean {
  if (at >= runEnd || !/[\u4e00-\u9fff]/.test(text[at])) return true;
  return AFTER_SHORT_NAME.some((word) => text.startsWith(word, at));
}

/** Where the title's organization begins: Han characters to the left of the role, up to a stop. */
function organizationStart(text: string, runStart: number, roleStart: number): number {
  let start = roleStart;
  while (start > runStart && roleStart - start < MAX_ORGANIZATION && /[\u4e00-\u9fff]/.test(text[start - 1]) && !ORGANIZATION_STOP.has(text[start - 1])) start--;
  return start;
}

/**
 * The smallest sensible correction: when the written role is a deputy or acting form of a recorded one
 * (or the other way round) under an agreeing organization, change only the role (市委副书记 → 市委书记,
 * 市水利局副局长 → 市水利局局长); otherwise write the principal recorded title in full.
 */
function correction(written: string, person: PersonEntry): { replaceFrom: number; replacement: string } {
  const ours = splitTitle(written);
  for (const title of person.titles) {
    const theirs = splitTitle(title);
    const sameOffice = ours.role !== theirs.role && baseRole(ours.role) === baseRole(theirs.role);
    if (sameOffice && ours.organization.endsWith(theirs.organization)) return { replaceFrom: ours.organization.length, replacement: theirs.role };
  }
  return { replaceFrom: 0, replacement: person.titles[0] };
}

/** A role without its deputy or acting modifier: 副书记 → 书记. */
function baseRole(role: string): string {
  return role.replace(/^(常务副|代理|副)/, '');
}

function sourceOf(person: PersonEntry): string | undefined {
  const first = person.source?.[0];
  return first ? `${first.file}:${first.lines[0]}` : undefined;
}
