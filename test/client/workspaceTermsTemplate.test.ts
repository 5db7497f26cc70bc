/** The file 打开工作区术语文件 creates must load as an empty, valid term file in both languages. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseTermFile } from '../../server/src/core';
import { workspaceTermsTemplate } from '../../client/src/workspaceTermsTemplate';

for (const english of [false, true]) {
  test(`the ${english ? 'English' : '简体中文'} template loads without problems and defines nothing`, () => {
    const { termFile, problems } = parseTermFile(workspaceTermsTemplate(english), '.tifa/terms.yaml');
    assert.deepEqual(problems, []);
    assert.deepEqual([termFile.entries.length, termFile.ignore.length, termFile.disable.length], [0, 0, 0]);
  });
}

test('the template explains itself in the chosen language', () => {
  assert.match(workspaceTermsTemplate(false), /^# 工作区术语表/);
  assert.match(workspaceTermsTemplate(true), /^# Workspace term list/);
});
