import type { Rule } from './rule';

/** The first line of the 附件说明: 附件：名称 or 附件：1．名称 (a half-width colon is punct/half-width's). */
const HEAD = /^[\ufeff \t\u3000]*附件[：:]/;
/** A further attachment on its own line under it: 2．名称. */
const NEXT = /^[ \t\u3000]*\d+[.．]/;
/** A mark after an attachment's name, at the end of the line. */
const TRAILING_MARK = /([。；，;,.])[ \t\u3000]*$/;

/**
 * structure/attachment (GB/T 9704-2012 §7.3.4): no mark follows an attachment's name in the 附件说明
 * (附件：1．名称 / 2．名称, each line ending with the name).
 */
export const structureAttachment: Rule = {
  id: 'structure/attachment',
  title: '附件说明不规范',
  defaultSeverity: 'warning',
  scope: 'document',
  check(context) {
    const { document, report } = context;
    let inAttachments = false;
    for (const block of document.blocks) {
      for (const run of block.runs) {
        const line = document.text.slice(run.start, run.end);
        inAttachments = HEAD.test(line) || (inAttachments && NEXT.test(line));
        if (!inAttachments) continue;
        const trailing = TRAILING_MARK.exec(line);
        if (!trailing) continue;
        const mark = trailing[1];
        const at = run.start + trailing.index;
        report({
          start: at,
          end: at + 1,
          message: context.t(`附件名称后不加标点符号「${mark}」`, `No punctuation after an attachment's name: remove 「${mark}」`),
          replacement: '',
          fixTitle: context.t(`删去「${mark}」`, `Remove 「${mark}」`),
        });
      }
    }
  },
};
