import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findings, fixed, matched } from './norm-helpers';

test('punct/half-width: half-width marks next to Chinese become full-width', () => {
  assert.deepEqual(matched('punct/half-width', '我们认为,这很好'), [',']);
  assert.equal(fixed('punct/half-width', '我们认为,这很好;注意:是否同意?好!'), '我们认为，这很好；注意：是否同意？好！');
  assert.equal(fixed('punct/half-width', '中文 , 中文'), '中文，中文');
  assert.equal(fixed('punct/half-width', '增长8.1%,居民'), '增长8.1%，居民');
  assert.equal(fixed('punct/half-width', '(新华社北京电)'), '（新华社北京电）');
  assert.equal(fixed('punct/half-width', '见附件(GDP)说明'), '见附件（GDP）说明');
});

test('messages are 简体中文 by default and English when asked', () => {
  assert.equal(findings('punct/half-width', '我们认为,这很好')[0].message, '中文中应使用全角标点「，」，而非半角「,」');
  assert.equal(findings('punct/half-width', '我们认为,这很好', 'plaintext', 'en')[0].message, 'Use the full-width mark 「，」 in Chinese text, not 「,」');
});

test('punct/half-width: numbers, times, URLs, code and Latin text stay silent', () => {
  for (const text of ['共1,000人', '圆周率3.14', '10:30召开', '访问 http://www.gov.cn/a?b=1,2 查看', 'Hello, world!', '函数f(x)的值', '邮箱a.b@gov.cn。']) {
    assert.deepEqual(matched('punct/half-width', text), [], text);
  }
  assert.deepEqual(matched('punct/half-width', '命令 `a,b` 与中文', 'markdown'), []);
});

test('punct/ascii-quote: ASCII quotes around Chinese become “” and ‘’', () => {
  assert.deepEqual(matched('punct/ascii-quote', '重点建设"产业大脑"体系'), ['"', '"']);
  assert.equal(fixed('punct/ascii-quote', '重点建设"产业大脑"体系'), '重点建设“产业大脑”体系');
  assert.equal(fixed('punct/ascii-quote', "所谓'工业母机'"), '所谓‘工业母机’');
  assert.deepEqual(matched('punct/ascii-quote', 'He said "hi", don\'t'), []);
});

test('punct/pair: unbalanced and mismatched pairs are reported, without a fix', () => {
  assert.deepEqual(matched('punct/pair', '他说：“要加强'), ['“']);
  assert.deepEqual(matched('punct/pair', '学习》精神'), ['》']);
  assert.deepEqual(matched('punct/pair', '（主要“目标）'), ['“']);
  assert.deepEqual(matched('punct/pair', '（一）“主要目标）'), ['“', '）']);
  assert.deepEqual(findings('punct/pair', '他说：“要加强')[0].fixes, []);
});

test('punct/pair: a pair nested in its own kind becomes the inner form', () => {
  assert.deepEqual(matched('punct/pair', '他说“要做好“六稳”工作”'), ['“六稳”']);
  assert.equal(fixed('punct/pair', '他说“要做好“六稳”工作”'), '他说“要做好‘六稳’工作”');
  assert.equal(fixed('punct/pair', '学习《关于《条例》的说明》'), '学习《关于〈条例〉的说明》');
  assert.equal(fixed('punct/pair', '“甲《乙“丙”丁》戊”'), '“甲《乙‘丙’丁》戊”');
  assert.deepEqual(findings('punct/pair', '他说“要做好“六稳工作”').map((f) => [f.matched, f.fixes.length]), [['“', 0]]);
});

test('punct/pair: correct nesting, multi-paragraph quotations and apostrophes stay silent', () => {
  for (const text of ['“要把发展作为‘工业母机’。”', '《关于〈条例〉的说明》', '（见【附件】）', '〔2024〕', '“第一段，\n“第二段。”', 'don’t stop']) {
    assert.deepEqual(matched('punct/pair', text), [], text);
  }
});

test('punct/doubled: a doubled mark keeps one', () => {
  assert.deepEqual(matched('punct/doubled', '发展，，构建'), ['，，']);
  assert.equal(fixed('punct/doubled', '发展，，构建。。科技、、人才'), '发展，构建。科技、人才');
  assert.deepEqual(matched('punct/doubled', '等等。。。'), [], 'three 。 are an ellipsis stand-in, not a doubled stop');
  assert.deepEqual(matched('punct/doubled', '发展，构建。'), []);
});

test('punct/ellipsis: ... 。。。 and a lone … become ……; 等 after …… is reported', () => {
  assert.equal(fixed('punct/ellipsis', '科技、人才...'), '科技、人才……');
  assert.equal(fixed('punct/ellipsis', '科技、人才。。。'), '科技、人才……');
  assert.equal(fixed('punct/ellipsis', '科技、人才…'), '科技、人才……');
  assert.equal(fixed('punct/ellipsis', '科技、人才......'), '科技、人才……');
  const etc = findings('punct/ellipsis', '科技、人才……等方面');
  assert.deepEqual(etc.map((f) => [f.matched, f.fixes.length]), [['等', 0]]);
});

test('punct/ellipsis: table-of-contents leaders, English and the right ellipsis stay silent', () => {
  for (const text of ['出版发行.....\t1', '主要篇目......\t12', 'wait... what', '科技、人才……']) {
    assert.deepEqual(matched('punct/ellipsis', text), [], text);
  }
});

test('punct/dash: -- －－ ―― and ——— become ——', () => {
  assert.equal(fixed('punct/dash', '发展目标--建成'), '发展目标——建成');
  assert.equal(fixed('punct/dash', '发展目标――建成'), '发展目标——建成');
  assert.equal(fixed('punct/dash', '发展目标———建成'), '发展目标——建成');
  for (const text of ['2021—2025年', '北京—上海', '——经济保持恢复发展。', '-----', 'a--b']) {
    assert.deepEqual(matched('punct/dash', text), [], text);
  }
});

test('punct/serial-comma: no 顿号 in approximate numbers or between book titles', () => {
  assert.equal(fixed('punct/serial-comma', '用了三、五天'), '用了三五天');
  assert.equal(fixed('punct/serial-comma', '来了七、八个人'), '来了七八个人');
  assert.equal(fixed('punct/serial-comma', '学习《决定》、《条例》'), '学习《决定》《条例》');
  for (const text of ['第一、二季度', '周三、五天气晴', '星期一、二个别地区', '一、二月份', '一、二年级', '一、总体要求', '三、五两项', '做好“六稳”、“六保”工作', '五、三天']) {
    assert.deepEqual(matched('punct/serial-comma', text), [], text);
  }
});

test('punct/sequence-marker: nothing after （一）, and 1. not 1、 at the start of a block', () => {
  assert.equal(fixed('punct/sequence-marker', '（一）、指导思想'), '（一）指导思想');
  assert.equal(fixed('punct/sequence-marker', '（1），主要目标'), '（1）主要目标');
  assert.equal(fixed('punct/sequence-marker', '1、深入实施'), '1.深入实施');
  assert.equal(fixed('punct/sequence-marker', '　　2、深入实施'), '　　2.深入实施');
  for (const text of ['（一）指导思想。', '1.深入实施', '共有1、2两项', '2、3月份降水偏多', '一、总体要求']) {
    assert.deepEqual(matched('punct/sequence-marker', text), [], text);
  }
});
