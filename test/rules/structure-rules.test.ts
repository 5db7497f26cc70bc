import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findings, fixed, matched } from './norm-helpers';

test('structure/heading-order: a skipped or repeated number is reported at its marker, without a fix', () => {
  const text = ['一、总体要求', '（一）指导思想', '（二）主要目标', '二、重点任务', '四、保障措施'].join('\n');
  const found = findings('structure/heading-order', text);
  assert.deepEqual(found.map((f) => [f.matched, f.fixes.length]), [['四、', 0]]);
  assert.match(found[0].message, /三、/);
  assert.deepEqual(matched('structure/heading-order', '（一）甲\n（二）乙\n（二）丙'), ['（二）']);
  assert.deepEqual(matched('structure/heading-order', '## 一、总体要求\n\n## 三、重点任务\n', 'markdown'), ['三、']);
});

test('structure/heading-order: a level used at the wrong depth breaks the count', () => {
  // （二） 二、 （三）: the 二、 sits inside （二）, so （三） goes on counting where it should restart.
  const text = ['一、甲', '（一）乙', '（二）丙', '二、丁', '（三）戊'].join('\n');
  assert.deepEqual(matched('structure/heading-order', text), ['（三）']);
});

test('structure/heading-order: correct outlines, restarts and skipped levels stay silent', () => {
  const silent = [
    ['一、甲', '（一）乙', '1.丙', '（1）丁', '（2）戊', '2.己', '（二）庚', '二、辛', '（一）壬'].join('\n'),
    ['一、甲', '1.乙', '2.丙', '二、丁'].join('\n'),
    ['一、第一篇', '二、第一篇', '一、第二篇', '二、第二篇'].join('\n'),
    '增长1.5亿元，\n2.5亿元用于',
  ];
  for (const text of silent) assert.deepEqual(matched('structure/heading-order', text), [], text);
  assert.deepEqual(matched('structure/heading-order', '## 一、总体要求\n\n（一）指导思想。\n\n## 二、重点任务\n\n1. 甲\n2. 乙\n', 'markdown'), []);
});

test('structure/heading-depth: a number style at two depths, or （一） not deeper than 一、, is reported', () => {
  assert.deepEqual(matched('structure/heading-depth', '## 一、总体要求\n\n# 二、重点任务\n', 'markdown'), ['二、']);
  assert.deepEqual(matched('structure/heading-depth', '## 一、总体要求\n\n## （一）指导思想\n', 'markdown'), ['（一）']);
  assert.deepEqual(matched('structure/heading-depth', '### （一）指导思想\n\n## 一、总体要求\n\n## （二）主要目标\n', 'markdown'), ['（二）']);
  assert.equal(findings('structure/heading-depth', '## 一、甲\n\n## （一）乙\n', 'markdown')[0].fixes.length, 0);
});

test('structure/heading-depth: consistent depths, skipped depths and unnumbered headings stay silent', () => {
  const silent = [
    '# 通知\n\n## 一、总体要求\n\n### （一）指导思想\n\n## 二、重点任务\n\n### （一）甲\n',
    '## 一、总体要求\n\n#### 1.甲\n\n## 二、乙\n',
    '## 一、总体要求\n\n（一）指导思想。\n\n## 二、重点任务\n',
  ];
  for (const text of silent) assert.deepEqual(matched('structure/heading-depth', text, 'markdown'), [], text);
});

test('structure/doc-number: 〔〕 around the year, no 第, no leading zeros', () => {
  assert.equal(fixed('structure/doc-number', '国办发[2024]05号'), '国办发〔2024〕5号');
  assert.equal(fixed('structure/doc-number', '渝府发（2023）第12号'), '渝府发〔2023〕12号');
  assert.equal(fixed('structure/doc-number', '国函【2022】3号'), '国函〔2022〕3号');
  assert.match(findings('structure/doc-number', '国发[2024]第05号')[0].message, /六角括号.*第.*虚位/);
  for (const text of ['国办发〔2024〕5号', '发展（2024）5号文件', '（2024）第5号', '规划（2021—2025年）']) {
    assert.deepEqual(matched('structure/doc-number', text), [], text);
  }
});

test('structure/attachment: no mark after an attachment name', () => {
  assert.equal(fixed('structure/attachment', '附件：1．重点任务分工表；\n2．责任清单。\n'), '附件：1．重点任务分工表\n2．责任清单\n');
  assert.equal(fixed('structure/attachment', '附件：工作方案。'), '附件：工作方案');
  for (const text of ['附件：1．重点任务分工表\n2．责任清单', '附件：工作方案', '见附件：各地要抓好落实。\n2．加强领导。', '各地要抓好落实。\n2．加强领导。']) {
    assert.deepEqual(matched('structure/attachment', text), [], text);
  }
});

test('line-start rules keep CRLF and see past a BOM', () => {
  assert.equal(fixed('structure/attachment', '\uFEFF附件：1．分工表；\r\n2．责任清单。\r\n'), '\uFEFF附件：1．分工表\r\n2．责任清单\r\n');
  assert.equal(fixed('punct/sequence-marker', '\uFEFF1、深入实施\r\n（一）、指导思想\r\n'), '\uFEFF1.深入实施\r\n（一）指导思想\r\n');
  assert.equal(fixed('space/cjk', '增长 8.1%，\r\n是 2022 年。\r\n'), '增长8.1%，\r\n是2022年。\r\n');
});
