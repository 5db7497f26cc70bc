import type { CorpusText } from '../source';
import { isHan, numberedLines } from '../source';
import type { CandidateKind, CandidateSet } from './candidate';
import { FUNCTION_CHARS, GOVERNING_CHARS, GOVERNING_WORDS, NAME_SUFFIXES, ORGANIZATION_SUFFIXES, ROLE_WORDS } from './lexicon';

const MAX_NAME_LENGTH = 24;
/** 「以习近平同志为核心的党中央」「以人民为中心」: what a formulation puts at the centre. */
const AT_THE_CENTRE = /以[\u4e00-\u9fff]{2,6}为(?:核心的党中央|中心)/g;
/** 市经信委, 市科技局: a government body abbreviated as level + name + 委/局/办/厅. */
const GOVERNMENT_BODY = /[市区县省][\u4e00-\u9fff]{2,5}?[委局办厅](?=[\u4e00-\u9fff]{0,1}[^\u4e00-\u9fff]|党|副|主任|局长|书记|围绕)/g;

/**
 * Names of strategies, concepts, organizations and titles: a known suffix (战略, 委员会, 书记…) extended to
 * the left until a break, a function character or a governing verb (「深入实施|科教兴国战略」).
 */
export function extractNames(texts: readonly CorpusText[], into: CandidateSet): void {
  const suffixes: [string, CandidateKind | 'organization'][] = [
    ...NAME_SUFFIXES.map((s): [string, CandidateKind] => [s, 'name']),
    ...ORGANIZATION_SUFFIXES.map((s): [string, CandidateKind | 'organization'] => [s, 'organization']),
    ...ROLE_WORDS.map((s): [string, CandidateKind] => [s, 'title']),
  ];
  for (const { file, text } of texts) {
    for (const { line, text: content } of numberedLines(text)) {
      const seen = new Set<string>();
      for (const [suffix, kind] of suffixes) {
        for (let at = content.indexOf(suffix); at >= 0; at = content.indexOf(suffix, at + 1)) {
          const end = at + suffix.length;
          // Organization and title suffixes are distinctive, and so are long ones (经济圈); a short
          // concept suffix must end a word (社会主义现代化|强国 is not a name ending in 现代化).
          if (kind === 'name' && suffix.length < 3 && !endsWord(content, end)) continue;
          const start = nameStart(content, at);
          if (end - start < minimumLength(kind, suffix)) continue;
          const name = content.slice(start, end);
          const key = `${start}:${end}`;
          if (seen.has(key)) continue;
          seen.add(key);
          into.add(kind === 'organization' ? 'name' : kind, name, { file, line });
        }
      }
      for (const m of content.matchAll(AT_THE_CENTRE)) into.add('name', m[0], { file, line });
      for (const m of content.matchAll(GOVERNMENT_BODY)) into.add('name', m[0], { file, line });
    }
  }
}

/**
 * A bare concept suffix says nothing (战略); a name needs two characters more. An organization or a
 * title may be its suffix alone when that is a full word of three or more characters (新华社, 首席科学家).
 */
function minimumLength(kind: CandidateKind | 'organization', suffix: string): number {
  if (kind === 'name') return suffix.length + 2;
  return Math.max(3, suffix.length + (suffix.length >= 3 ? 0 : 1));
}

/** Does a name end at `end`: followed by a break, a function character or a governing word? */
function endsWord(content: string, end: number): boolean {
  if (end >= content.length || !isHan(content[end])) return true;
  return FUNCTION_CHARS.has(content[end]) || GOVERNING_WORDS.has(content.slice(end, end + 2));
}

const NONE: ReadonlySet<string> = new Set();

/** Where the name ending with the suffix at `suffixAt` begins; `inside` lists function characters a name may hold. */
export function nameStart(content: string, suffixAt: number, inside: ReadonlySet<string> = NONE): number {
  let start = suffixAt;
  while (start > 0 && suffixAt - start < MAX_NAME_LENGTH) {
    const before = content[start - 1];
    if (!isHan(before) || (FUNCTION_CHARS.has(before) && !inside.has(before)) || GOVERNING_CHARS.has(before)) break;
    if (start >= 2 && GOVERNING_WORDS.has(content.slice(start - 2, start))) break;
    start--;
  }
  return start;
}
