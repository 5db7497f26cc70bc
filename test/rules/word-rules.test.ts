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
  assert.equal(fixed('word/de', '稳步的推进改革'), '稳步地推进改革');
  assert.equal(fixed('word/de', '要坚决的维护'), '要坚决地维护');
  assert.equal(fixed('word/de', '工作做的很好。'), '工作做得很好。');
  assert.equal(fixed('word/de', '落实的不够到位，'), '落实得不够到位，');
  const right = ['积极的态度', '认真的推进', '所做的很多工作。', '切实的举措', '得到进一步的提高', '得到大力的推进', '进行了坚决的维护', '我们的很好。'];
  for (const text of right) {
    assert.deepEqual(matched('word/de', text), [], text);
  }
});

test('word/repeated: a doubled function word keeps one, idioms stay', () => {
  assert.equal(fixed('word/repeated', '我们的的工作'), '我们的工作');
  assert.equal(fixed('word/repeated', '已经完成了了任务'), '已经完成了任务');
  assert.equal(fixed('word/repeated', '这是是我们的责任'), '这是我们的责任');
  const legitimate = ['实实在在', '的的确确', '有的的确很好', '达到目的的手段', '不了了之', '为了了解情况', '是是非非', '关键是是否落实', '天天向上', '人人参与', '现在在座'];
  for (const text of legitimate) {
    assert.deepEqual(matched('word/repeated', text), [], text);
  }
});
