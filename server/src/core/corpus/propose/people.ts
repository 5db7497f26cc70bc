import type { CorpusText } from '../source';
import { numberedLines } from '../source';
import type { CandidateSet } from './candidate';
import { REPORTING_WORDS, ROLE_WORDS } from './lexicon';
import { nameStart } from './named';

const ROLE = new RegExp(`(?:${[...ROLE_WORDS].sort((a, b) => b.length - a.length).join('|')})`, 'g');
const NAME = /^[\u4e00-\u9fff]{2,3}/;

/**
 * Person–title pairs as reporting prose writes them: title, name, then a reporting word or a break
 * (「市委书记袁家军出席」「副主任米本家说」). A chain of titles joined by 、 gives one pair per title.
 */
export function extractPeople(texts: readonly CorpusText[], into: CandidateSet): void {
  for (const { file, text } of texts) {
    for (const { line, text: content } of numberedLines(text)) {
      for (const m of content.matchAll(ROLE)) {
        const roleEnd = m.index + m[0].length;
        const name = nameAfter(content, roleEnd);
        if (!name) continue;
        for (const title of titleChain(content, m.index, roleEnd)) {
          into.add('person', `${title} ${name}`, { file, line }, { person: { name, title } });
        }
      }
    }
  }
}

/** The 2- or 3-character name at `at` when a reporting word or a break follows it. */
function nameAfter(content: string, at: number): string | undefined {
  const run = NAME.exec(content.slice(at))?.[0];
  if (!run) return undefined;
  for (const length of [2, 3]) {
    if (run.length < length) continue;
    const after = content.slice(at + length);
    if (after === '' || /^[，。、：；\s]/.test(after) || REPORTING_WORDS.some((w) => after.startsWith(w))) return run.slice(0, length);
  }
  return undefined;
}

/** The title ending at `roleEnd` and those joined to it by 、 on its left (市委副书记、市长). */
function titleChain(content: string, roleAt: number, roleEnd: number): string[] {
  const titles: string[] = [];
  let start = nameStart(content, roleAt);
  titles.unshift(content.slice(start, roleEnd));
  while (start > 0 && content[start - 1] === '、') {
    const end = start - 1;
    ROLE.lastIndex = 0;
    const role = [...content.slice(Math.max(0, end - 8), end).matchAll(ROLE)].pop();
    if (!role || Math.max(0, end - 8) + role.index + role[0].length !== end) break;
    start = nameStart(content, Math.max(0, end - 8) + role.index);
    titles.unshift(content.slice(start, end));
  }
  return titles;
}
