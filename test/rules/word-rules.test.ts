import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixed, matched } from './norm-helpers';

test('word/jiezhi: 截止 before a point in time is 截至', () => {
  assert.equal(fixed('word/jiezhi', '截止目前，已完成'), '截至目前，已完成');
  assert.equal(fixed('word/jiezhi', '截止到6月底'), '截至6月底');
  assert.equal(fixed('word/jiezhi', '截止2023年底'), '截至2023年底');
  for (const text of ['截止日期为5月1日', '报名已截止。', '截至目前']) {
    assert.deepEqual(matched('word/jiezhi', text), [], text);
  }
});

test('word/de: 地 after an adverb before a verb, 得 before a clause-final degree complement', () => {
  assert.equal(fixed('word/de', '切实的推进改革'), '切实地推进改革');
  assert.equal(fixed('word/de', '工作做的很好。'), '工作做得很好。');
  assert.equal(fixed('word/de', '落实的不够到位，'), '落实得不够到位，');
  for (const text of ['积极的态度', '认真的推进', '所做的很多工作。', '切实的举措', '我们的很好。']) {
    assert.deepEqual(matched('word/de', text), [], text);
  }
});

test('word/repeated: a doubled function word keeps one, idioms stay', () => {
  assert.equal(fixed('word/repeated', '我们的的工作'), '我们的工作');
  assert.equal(fixed('word/repeated', '在在重庆'), '在重庆');
  for (const text of ['实实在在', '的的确确', '不了了之', '是是非非', '天天向上', '人人参与']) {
    assert.deepEqual(matched('word/repeated', text), [], text);
  }
});
