import type { CorpusText } from '../source';
import { isHan, numberedLines } from '../source';
import type { CandidateKind, CandidateSet } from './candidate';
import { FUNCTION_CHARS, GOVERNING_WORDS, NAME_SUFFIXES, ORGANIZATION_SUFFIXES, ROLE_WORDS } from './lexicon';

const MAX_NAME_LENGTH = 16;
/** 「以习近平同志为核心的党中央」: the fixed formulation naming the Party centre. */
const PARTY_CENTRE = /以[\u4e00-\u9fff]{2,6}为核心的党中央/g;

/**
 * Names of strategies, concepts, organizations and titles: a known suffix (战略, 委员会, 书记…) extended to
 * the left until a break, a function character or a governing verb (「深入实施|科教兴国战略」).
 */
export function extractNames(texts: readonly CorpusText[], into: CandidateSet): void {
  const suffixes: [string, CandidateKind][] = [
    ...NAME_SUFFIXES.map((s): [string, CandidateKind] => [s, 'name']),
    ...ORGANIZATION_SUFFIXES.map((s): [string, CandidateKind] => [s, 'name']),
    ...ROLE_WORDS.map((s): [string, CandidateKind] => [s, 'title']),
  ];
  for (const { file, text } of texts) {
    for (const { line, text: content } of numberedLines(text)) {
      const seen = new Set<string>();
      for (const [suffix, kind] of suffixes) {
        for (let at = content.indexOf(suffix); at >= 0; at = content.indexOf(suffix, at + 1)) {
          const end = at + suffix.length;
          if (!endsWord(content, end)) continue;
          const start = nameStart(content, at);
          // A bare suffix says nothing; a title needs its organization (市委|书记), a name two characters more.
          if (end - start < suffix.length + (kind === 'title' ? 1 : 2)) continue;
          const name = content.slice(start, end);
          const key = `${kind}:${start}:${end}`;
          if (seen.has(key)) continue;
          seen.add(key);
          into.add(kind, name, { file, line });
        }
      }
      for (const m of content.matchAll(PARTY_CENTRE)) into.add('name', m[0], { file, line });
    }
  }
}

/** Does a name end at `end`: followed by a break, a function character or a governing word? */
function endsWord(content: string, end: number): boolean {
  if (end >= content.length || !isHan(content[end])) return true;
  return FUNCTION_CHARS.has(content[end]) || GOVERNING_WORDS.has(content.slice(end, end + 2));
}

/** Where the name ending with the suffix at `suffixAt` begins. */
export function nameStart(content: string, suffixAt: number): number {
  let start = suffixAt;
  while (start > 0 && suffixAt - start < MAX_NAME_LENGTH) {
    const before = content[start - 1];
    if (!isHan(before) || FUNCTION_CHARS.has(before)) break;
    if (start >= 2 && GOVERNING_WORDS.has(content.slice(start - 2, start))) break;
    start--;
  }
  return start;
}
