/**
 * Titles as policy prose writes them: an organization and a role (市委|书记, 市经信委|副主任). Role words
 * are a small closed class of the language; which person holds which title is data in the term base.
 */
export const ROLE_WORDS = [
  '总书记', '书记', '市长', '区长', '县长', '省长', '州长', '镇长', '乡长', '主任', '局长', '主席', '院长', '部长', '厅长', '处长', '科长',
  '秘书长', '总理', '委员', '常委', '首席科学家', '首席专家', '董事长', '总经理', '党组成员', '代表', '专家', '校长', '所长', '社长',
];

const BY_LENGTH = [...ROLE_WORDS].sort((a, b) => b.length - a.length);
/** Words before a role that belong to it: 副主任, 常务副市长, 代理主任. */
const ROLE_MODIFIERS = ['常务副', '代理', '副'];

/** The role that ends exactly at `end` in `text` (with 副/常务副/代理), as [start, end), or undefined. */
export function roleEndingAt(text: string, end: number): { start: number; role: string } | undefined {
  const word = BY_LENGTH.find((w) => text.startsWith(w, end - w.length));
  if (!word) return undefined;
  let start = end - word.length;
  const modifier = ROLE_MODIFIERS.find((m) => text.startsWith(m, start - m.length));
  if (modifier) start -= modifier.length;
  return { start, role: text.slice(start, end) };
}

/** A title split into its organization and its role; a title with no known role is all organization. */
export function splitTitle(title: string): { organization: string; role: string } {
  const role = roleEndingAt(title, title.length);
  return role ? { organization: title.slice(0, role.start), role: role.role } : { organization: title, role: '' };
}

/**
 * Does a written title agree with a recorded one? The roles must be the same; the organizations must
 * agree where both are given, one may be the shorter form of the other (重庆市委书记 ~ 市委书记 ~ 书记).
 */
export function sameTitle(written: string, recorded: string): boolean {
  const a = splitTitle(written);
  const b = splitTitle(recorded);
  return a.role === b.role && (a.organization.endsWith(b.organization) || b.organization.endsWith(a.organization));
}
