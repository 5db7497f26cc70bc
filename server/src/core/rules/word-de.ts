import { proseMatches } from '../text/scan';
import type { Rule } from './rule';

/**
 * The few 的/地/得 slips that have one reading only:
 * - an adverb that is only an adverb (切实, 稳步, 坚决, 牢牢, 大力, 进一步) before a verb takes 地;
 * - a verb of doing (做, 干, 办, 搞, 落实, 完成) before a degree complement that ends the clause
 *   (做的很好。) takes 得; 所做的很多工作 goes on to a noun, and 的 is right there.
 * Adjectives (积极, 认真, 有效) are left out: 积极的态度 and 积极地推进 are both right.
 */
const ADVERB_DE = /(?<=切实|稳步|坚决|牢牢|大力|进一步)的(?=推进|推动|落实|贯彻|抓好|做好|开展|实施|加强|提高|提升|把握|维护|扛起|守住)/g;
const VERB_DE = /(?<=[做干办搞]|落实|完成)的(?=(?:很|非常|十分|更|比较|不够)[^，。；！？\s]{1,2}[，。；！？])/g;

/** word/de: 地 before a verb, 得 before a degree complement, where nothing else can be meant. */
export const wordDe: Rule = {
  id: 'word/de',
  title: '的地得误用',
  defaultSeverity: 'warning',
  check(context) {
    for (const [pattern, right, zh, en] of [
      [ADVERB_DE, '地', '状语与动词之间应用「地」', 'An adverbial before a verb takes 「地」'],
      [VERB_DE, '得', '动词与程度补语之间应用「得」', 'A verb before a degree complement takes 「得」'],
    ] as const) {
      for (const { start, end } of proseMatches(context.document, pattern)) {
        context.report({ start, end, message: context.t(`${zh}，而非「的」`, `${en}, not 「的」`), replacement: right });
      }
    }
  },
};
