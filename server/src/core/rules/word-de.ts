import { charSet } from '../text/presence';
import { proseMatches } from '../text/scan';
import type { Rule } from './rule';

/**
 * The few 的/地/得 slips that have one reading only:
 * - an adverb (稳步, 坚决, 牢牢, 大力) before a verb takes 地 — unless a verb like 得到 or 进行 makes the
 *   phrase a noun (得到大力的推进, 进行坚决的维护), where 的 is right; 切实 and 进一步 are left out,
 *   as 切实的举措 and 进一步的提高 read as nouns too often;
 * - a verb of doing (做, 干, 办, 搞, 落实, 完成) before a degree complement that ends the clause
 *   (做的很好。) takes 得; 所做的很多工作 goes on to a noun, and 的 is right there.
 * Adjectives (积极, 认真, 有效) are left out: 积极的态度 and 积极地推进 are both right.
 */
// 的 first and what stands before it looked behind: a pattern that starts with its character is scanned fast (see proseMatches).
const ADVERB_DE = /的(?<=(?:稳步|坚决|牢牢|大力)的)(?<!(?:得到|受到|取得|进行|加以|给予|予以|作出|做出|有了)(?:了)?(?:稳步|坚决|牢牢|大力)的)(?=推进|推动|落实|贯彻|抓好|做好|开展|实施|加强|提高|提升|把握|维护|扛起|守住)/g;
const VERB_DE = /的(?<=(?:[做干办搞]|落实|完成)的)(?=(?:很|非常|十分|更|比较|不够)[^，。；！？\s]{1,2}[，。；！？])/g;
/** Each adverb holds one of these (稳步 坚决 牢牢 大力); each degree word one of those (很 非常 十分 更 比较 不够). */
const ADVERB_CHARS = charSet('稳坚牢力');
const DEGREE_CHARS = charSet('很非十更比够');

/** word/de: 地 before a verb, 得 before a degree complement, where nothing else can be meant. */
export const wordDe: Rule = {
  id: 'word/de',
  title: '的地得误用',
  defaultSeverity: 'warning',
  scope: 'block',
  check(context) {
    for (const [pattern, needs, right, zh, en] of [
      [ADVERB_DE, ADVERB_CHARS, '地', '状语与动词之间应用「地」', 'An adverbial before a verb takes 「地」'],
      [VERB_DE, DEGREE_CHARS, '得', '动词与程度补语之间应用「得」', 'A verb before a degree complement takes 「得」'],
    ] as const) {
      for (const { start, end } of proseMatches(context.document, pattern, { needs })) {
        context.report({ start, end, message: context.t(`${zh}，而非「的」`, `${en}, not 「的」`), replacement: right });
      }
    }
  },
};
