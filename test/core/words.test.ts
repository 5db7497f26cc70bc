import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { ABSENT, COMMON, jiebaDictionary, packWordList, readsAsWords, unpackWordList, WORD, WORD_LIST, WordList } from '../../server/src/core/match/words';

const dictionary = [
  '中国 5000 ns',
  '中国人 800 n',
  '中国式 30 n',
  '中 9000 f', // one character: not a word here
  '丁丁 5 n', // too rare
  '七七 12 m',
  '下午 3000 t',
  '下午 20 t', // listed twice: common when either line is
  '龟龟 11 n', // the last Han character's neighbourhood
  'ABC 5000 eng', // not Han
  '中国共产党员 900 n', // longer than four
].join('\n');

const at = (list: WordList, word: string) => list.find(`「${word}」`, 1, 1 + word.length);

test('WordList: words of 2–4 Han characters frequent enough, common ones marked, found by first character and code units', () => {
  const list = WordList.build(dictionary);
  assert.equal(list.size, 6);
  assert.equal(at(list, '中国'), COMMON);
  assert.equal(at(list, '中国人'), WORD);
  assert.equal(at(list, '中国式'), WORD);
  assert.equal(at(list, '下午'), COMMON);
  assert.equal(at(list, '七七'), WORD);
  assert.equal(at(list, '龟龟'), WORD);
  for (const absent of ['中', '丁丁', 'ABC', '中国共产党员', '中国共', '中华', '七', '一一', '下', '龟']) assert.equal(at(list, absent), ABSENT, absent);
  // A prefix of a word, and a word that a listed one is a prefix of, are not words.
  assert.equal(at(list, '中国人民'), ABSENT);
});

test('WordList: read back from its packed arrays it finds the same; arrays that do not fit are refused', () => {
  const list = WordList.build(dictionary);
  const restored = unpackWordList(packWordList(list));
  assert.ok(restored);
  for (const word of ['中国', '中国人', '下午', '七七', '龟龟', '中华', '丁丁']) assert.equal(at(restored, word), at(list, word), word);
  const { int32, uint16, uint8 } = list.parts();
  assert.equal(WordList.restore(undefined), undefined);
  assert.equal(unpackWordList(Buffer.from('不是词表')), undefined);
  assert.equal(WordList.restore({ int32, uint16, uint8: [uint8[0].subarray(1)] }), undefined);
  assert.equal(WordList.restore({ int32: [int32[0], int32[1].subarray(1)], uint16, uint8 }), undefined);
  assert.equal(WordList.restore({ int32, uint16: [uint16[0].subarray(1)], uint8 }), undefined);
});

test(`dist/${WORD_LIST} is the list built from jieba's dictionary (npm run build writes it)`, () => {
  const file = join(__dirname, '..', '..', 'dist', WORD_LIST);
  assert.ok(existsSync(file), `${file}: run npm run build`);
  const built = unpackWordList(readFileSync(file));
  assert.ok(built);
  assert.deepEqual(built.parts(), WordList.build(jiebaDictionary()).parts());
});

test('readsAsWords: text that splits into listed words, or where a common word runs across an edge', () => {
  // 中国|现代化 splits into words; 式 does not belong to one.
  assert.equal(readsAsWords('中国现代化', 0, 5), true);
  assert.equal(readsAsWords('式现代化', 0, 4), false);
  // 国家 runs across the end of 社会主义现代化国.
  assert.equal(readsAsWords('社会主义现代化国家', 0, 8), true);
});
