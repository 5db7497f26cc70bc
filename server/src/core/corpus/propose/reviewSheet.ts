import type { Candidate, CandidateKind } from './candidate';
import { KIND_ORDER, type Proposal } from './propose';

const KIND_TITLE: Record<CandidateKind, string> = {
  nearDuplicate: '语料中的疑似误写（与术语库词条只差一处）',
  numbered: '数字提法',
  quoted: '引号中的口号和提法',
  name: '战略、概念、政策和机构名称',
  listed: '并列提法（列举项、并列结构、“等”前的示例）',
  phrase: '新词发现（高频、内部凝固、边界自由的词串）',
  title: '职务',
  person: '人物与职务',
};

/** How many locations a sheet line lists before it says “等 N 处”. */
const SHOWN_LOCATIONS = 8;

/** The proposal as a Markdown checklist a person ticks through when curating the base. */
export function renderReviewSheet(proposal: Proposal): string {
  const out: string[] = [
    '# 术语候选审阅表',
    '',
    `语料：${proposal.files.length} 个文件，${proposal.characters} 个字符。勾选要收入术语库的候选；「已收录」表示术语库已有此词条。`,
    '',
  ];
  for (const kind of KIND_ORDER) {
    const group = proposal.candidates.filter((c) => c.kind === kind);
    if (group.length === 0) continue;
    out.push(`## ${KIND_TITLE[kind]}（${group.length}）`, '');
    for (const candidate of group) out.push(sheetLine(candidate));
    out.push('');
  }
  return out.join('\n');
}

function sheetLine(c: Candidate): string {
  const marks: string[] = [];
  if (c.inBase) marks.push('已收录');
  if (c.knownVariantOf) marks.push(`术语库已列为「${c.knownVariantOf}」的错误写法`);
  if (c.nearDuplicateOf) marks.push(`疑为「${c.nearDuplicateOf}」之误`);
  if (c.score !== undefined) marks.push(`得分 ${c.score}`);
  const places = c.locations.slice(0, SHOWN_LOCATIONS).map((l) => `${l.file}:${l.line}`);
  if (c.locations.length > SHOWN_LOCATIONS) places.push(`等 ${c.locations.length} 处`);
  const box = c.inBase ? '[x]' : '[ ]';
  return `- ${box} **${c.text}** ×${c.count}${marks.length > 0 ? `（${marks.join('；')}）` : ''} — ${places.join('，')}`;
}
