import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findings, fixed, matched } from './norm-helpers';

test('space/cjk: spaces between Chinese characters, digits and Chinese marks in running text are removed', () => {
  assert.deepEqual(matched('space/cjk', '增长 8.1%，'), [' ']);
  assert.equal(findings('space/cjk', '发展\u3000经济。')[0].message, '公文正文中「展」与「经」之间不加全角空格');
  assert.equal(fixed('space/cjk', '是 2022 年 10 月 16 日发表的。'), '是2022年10月16日发表的。');
  assert.equal(fixed('space/cjk', '埋头苦 干，奋力谱写'), '埋头苦干，奋力谱写');
  assert.equal(fixed('space/cjk', '发展\u3000经济。'), '发展经济。');
  assert.equal(fixed('space/cjk', '总书记 ，'), '总书记，');
  assert.equal(fixed('space/cjk', '到 2027 年，', 'markdown'), '到2027年，');
});

test('space/cjk: headlines, bylines, credits, tables, indentation and Latin words stay silent', () => {
  const silent: [string, 'plaintext' | 'markdown'][] = [
    ['唯实争先 埋头苦干 奋力谱写新篇章', 'plaintext'],
    ['观看新闻联播。 特约摄影 某某某/视觉重庆', 'plaintext'],
    ['# 唯实争先 埋头苦干', 'markdown'],
    ['| 姓名 | 职务 |\n| --- | --- |\n| 王 伟 | 主任，副主任 |', 'markdown'],
    ['\u3000\u3000各位代表：', 'plaintext'],
    ['使用 GitHub 管理代码，', 'plaintext'],
    ['目录.....\t1', 'plaintext'],
  ];
  for (const [text, kind] of silent) assert.deepEqual(matched('space/cjk', text, kind), [], text);
});
