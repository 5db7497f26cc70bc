import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixed, matched } from './norm-helpers';

test('number/short-year: a two-digit year before a month or 年底 is written in full', () => {
  assert.equal(fixed('number/short-year', '19年5月召开'), '2019年5月召开');
  assert.equal(fixed('number/short-year', '截至23年底'), '截至2023年底');
  assert.equal(fixed('number/short-year', '98年上半年'), '1998年上半年');
  for (const text of ['连续19年增长', '19年来', '2019年5月', '第19年度报告编号2019']) {
    assert.deepEqual(matched('number/short-year', text), [], text);
  }
});

test('number/year-zero: zero in a Chinese-numeral year is 〇', () => {
  assert.equal(fixed('number/year-zero', '二零二三年'), '二〇二三年');
  assert.equal(fixed('number/year-zero', '二○二三年'), '二〇二三年');
  assert.equal(fixed('number/year-zero', '一九九0年'), '一九九〇年');
  for (const text of ['二〇二三年', '2020年', '零售额一二三四年']) {
    assert.deepEqual(matched('number/year-zero', text), [], text);
  }
});

test('number/range-unit: % 万 亿 ranges keep the first unit', () => {
  assert.equal(fixed('number/range-unit', '增长15~30%'), '增长15%～30%');
  assert.equal(fixed('number/range-unit', '投资9-16亿元'), '投资9亿-16亿元');
  assert.equal(fixed('number/range-unit', '增长1.5～2.5%'), '增长1.5%～2.5%');
  for (const text of ['增长15%～30%', '重100-150kg', '2021-2025年', '第400-429页']) {
    assert.deepEqual(matched('number/range-unit', text), [], text);
  }
});

test('number/full-width: full-width digits and letters become half-width', () => {
  assert.equal(fixed('number/full-width', '２０２３年ＧＤＰ增长５．２％'), '2023年GDP增长5.2％');
  assert.deepEqual(matched('number/full-width', '2023年GDP增长5.2%，（一）'), []);
});

test('number/date-zero: dates have no leading zeros', () => {
  assert.equal(fixed('number/date-zero', '2023年05月01日'), '2023年5月1日');
  assert.equal(fixed('number/date-zero', '于6月08日'), '于6月8日');
  assert.equal(fixed('number/date-zero', '2023年06月'), '2023年6月');
  for (const text of ['2023年5月1日', '2023年10月10日', '12月20日']) {
    assert.deepEqual(matched('number/date-zero', text), [], text);
  }
});
