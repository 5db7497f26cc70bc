/**
 * The text of a new workspace term file (`.tifa/terms.yaml`), written by 打开工作区术语文件 when the file
 * does not exist yet. Only `version` is set: the server adds `rules:` and `ignore:` in block style when the
 * writer uses 加入工作区术语表 / 忽略此词, and an empty file must load without problems.
 */
export function workspaceTermsTemplate(english: boolean): string {
  const lines = english
    ? [
        '# Workspace term list: added on top of the built-in term base, for this workspace only.',
        '# Format: a superset of prh dictionaries. "Add to workspace terms" and "Ignore this word" write here.',
        '# rules:',
        '#   - expected: the correct form',
        '#     patterns: [a wrong form]',
        '#     definition: what it means (shown on hover)',
        '# ignore: [a word never to report]',
      ]
    : [
        '# 工作区术语表：叠加在内置术语库之上，只对本工作区生效。',
        '# 格式是 prh 词典格式的超集；编辑器中的「加入工作区术语表」「忽略此词」也写入本文件。',
        '# rules:',
        '#   - expected: 规范写法',
        '#     patterns: [错误写法]',
        '#     definition: 释义（悬停时显示）',
        '# ignore: [永不报告的词]',
      ];
  return [...lines, 'version: 1', ''].join('\n');
}
