import type { TermEntry } from '../server/src/core';
import { Random } from './random';

export interface Draft {
  name: string;
  text: string;
  bytes: number;
  /** Mistakes planted on purpose: listed wrong forms and one-character typos of canonical terms. */
  seededMistakes: number;
}

/** Sizes of the benchmark drafts in UTF-8 bytes. */
export const DRAFT_SIZES = [
  { name: '10 KB', bytes: 10 * 1024 },
  { name: '100 KB', bytes: 100 * 1024 },
  { name: '1 MB', bytes: 1024 * 1024 },
  { name: '10 MB', bytes: 10 * 1024 * 1024 },
] as const;

const HAN_TERM = /^[\u4e00-\u9fff]{4,}$/;
const SECTION_NUMBERS = '一二三四五六七八九十';

/**
 * A Markdown draft of about `bytes` UTF-8 bytes built from corpus paragraphs, shaped like a 公文 in
 * Markdown (title, numbered sections, lists, an occasional table, links and emphasis) with a mistake
 * planted in about a third of the paragraphs. Deterministic for a given seed.
 */
export function buildDraft(name: string, bytes: number, paragraphs: readonly string[], terms: readonly TermEntry[], seed = 20260601): Draft {
  const random = new Random(seed);
  const withVariants = terms.filter((t) => t.patterns.some((p) => !p.startsWith('/')));
  const typoTargets = terms.filter((t) => t.typo !== false && HAN_TERM.test(t.expected));
  const parts: string[] = ['---\ntitle: 基准测试文稿\n---\n\n# 关于推动高质量发展的工作报告（基准测试稿）\n\n'];
  let size = Buffer.byteLength(parts[0]);
  let mistakes = 0;
  let paragraphIndex = 0;
  let section = 0;

  const plant = (paragraph: string): string => {
    if (!random.chance(0.35)) return paragraph;
    const useTypo = typoTargets.length > 0 && (withVariants.length === 0 || random.chance(0.4));
    const wrong = useTypo ? typo(random.pick(typoTargets).expected, random) : pickVariant(random.pick(withVariants), random);
    mistakes++;
    return insertAtClause(paragraph, wrong, random);
  };

  while (size < bytes) {
    let block: string;
    const paragraph = plant(random.pick(paragraphs));
    if (paragraphIndex % 12 === 0) {
      block = `## ${SECTION_NUMBERS[section++ % SECTION_NUMBERS.length]}、${heading(paragraph)}\n\n`;
    } else if (paragraphIndex % 40 === 7) {
      block = `| 项目 | 内容 |\n| --- | --- |\n| 要点 | ${cell(paragraph)} |\n| 说明 | ${cell(plant(random.pick(paragraphs)))} |\n\n`;
    } else if (paragraphIndex % 9 === 4) {
      block = `- ${paragraph}\n- ${plant(random.pick(paragraphs))}\n\n`;
    } else {
      block = `${decorate(paragraph, random)}\n\n`;
    }
    parts.push(block);
    size += Buffer.byteLength(block);
    paragraphIndex++;
  }
  const text = parts.join('');
  return { name, text, bytes: Buffer.byteLength(text), seededMistakes: mistakes };
}

function pickVariant(entry: TermEntry, random: Random): string {
  return random.pick(entry.patterns.filter((p) => !p.startsWith('/')));
}

/** One of the typos term/typo exists for: a doubled character inside the term (做强制制造业). */
function typo(term: string, random: Random): string {
  const at = random.int(1, term.length - 2);
  return term.slice(0, at + 1) + term.slice(at);
}

/** Puts `phrase` after a clause boundary so that it reads as part of a sentence. */
function insertAtClause(paragraph: string, phrase: string, random: Random): string {
  const boundaries: number[] = [0];
  for (let i = 0; i < paragraph.length; i++) if ('，。；'.includes(paragraph[i])) boundaries.push(i + 1);
  const at = random.pick(boundaries);
  return `${paragraph.slice(0, at)}${phrase}${paragraph.slice(at)}`;
}

function heading(paragraph: string): string {
  const end = paragraph.search(/[，。；！？]/);
  return (end > 0 ? paragraph.slice(0, Math.min(end, 30)) : paragraph.slice(0, 30)).replace(/[#|*_`[\]]/g, '');
}

function cell(paragraph: string): string {
  return paragraph.replace(/\|/g, '｜');
}

/** Emphasis and a link now and then, so that the Markdown anchoring does real work. */
function decorate(paragraph: string, random: Random): string {
  const roll = random.next();
  const cut = paragraph.indexOf('，');
  if (cut < 2) return paragraph;
  if (roll < 0.1) return `**${paragraph.slice(0, cut)}**${paragraph.slice(cut)}`;
  if (roll < 0.15) return `[${paragraph.slice(0, cut)}](https://example.gov.cn/doc/${random.int(1, 9999)})${paragraph.slice(cut)}`;
  if (roll < 0.18) return `${paragraph.slice(0, cut)}（见附件 \`${random.int(1, 99)}\`）${paragraph.slice(cut)}`;
  return paragraph;
}
