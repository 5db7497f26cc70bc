import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import test from 'node:test';
import { buildReadingTable, initials, READING_TABLE, soundAlike, useReadingTable } from '../../server/src/core/match/pinyin';

const table = buildReadingTable();

/** Characters of the corpus's terms, polyphones (行 重 长 乐 着 和 巷 降) and rare ones at both ends of the table's range. */
const chars = [...new Set('做强制造业西部陆海新通道路一带高质量发展新质生产力中国式现代化行重长乐着和巷降银很哈乚丶鿿龥鿕')];

function answers(): boolean[] {
  return chars.flatMap((a) => chars.map((b) => soundAlike(a.charCodeAt(0), b.charCodeAt(0))));
}

test('soundAlike gives the same answers from the build’s reading table as from pinyin-pro', () => {
  try {
    useReadingTable(null);
    const byPinyinPro = answers();
    useReadingTable(table);
    assert.deepEqual(answers(), byPinyinPro);
  } finally {
    useReadingTable(null);
  }
});

test('a damaged table (cut short, or a row naming no reading) gives way to pinyin-pro', () => {
  try {
    useReadingTable(null);
    const byPinyinPro = answers();
    useReadingTable(table.slice(0, table.length / 2));
    assert.deepEqual(answers(), byPinyinPro, 'a table cut short is not used');
    const [names, ...rows] = table.split('\n');
    const lu = '路'.charCodeAt(0) - 0x4e00;
    rows[lu] = 'zz,zzz';
    useReadingTable([names, ...rows].join('\n'));
    assert.deepEqual(answers(), byPinyinPro, 'a row naming readings the table does not list is read by pinyin-pro');
  } finally {
    useReadingTable(null);
  }
});

test('the reading table tells sound-alikes, polyphones included, from other characters', () => {
  try {
    useReadingTable(table);
    const alike = (a: string, b: string) => soundAlike(a.charCodeAt(0), b.charCodeAt(0));
    assert.ok(alike('路', '陆'));
    assert.ok(!alike('银', '行'));
    assert.ok(!alike('强', '制'));
    assert.ok(alike('很', '狠'));
    assert.ok(alike('行', '航'));
    assert.ok(alike('重', '众'));
    assert.ok(alike('重', '虫'));
    // Two polyphones sharing one of their readings (hang, xiang), and two that share none.
    assert.ok(alike('行', '巷'));
    assert.ok(alike('巷', '降'));
    assert.ok(!alike('行', '降'));
    // A character without a reading sounds like none, itself included.
    assert.ok(!alike('鿿', '鿿'));
    assert.ok(!alike('鿿', '路'));
    assert.ok(!alike('行', '鿿'));
  } finally {
    useReadingTable(null);
  }
});

test('the reading table has a row for every code unit from U+4E00 to U+9FFF', () => {
  const [names, ...rows] = table.split('\n');
  assert.equal(rows.length, 0x9fff - 0x4e00 + 1);
  assert.ok(names.split(' ').includes('lu'));
  assert.ok(rows.every((row) => /^([0-9a-z]+(,[0-9a-z]+)*)?$/.test(row)));
});

test('the table the build wrote is the one pinyin-pro gives now', () => {
  assert.ok(existsSync(`dist/${READING_TABLE}`), '先运行 npm run build');
  assert.equal(readFileSync(`dist/${READING_TABLE}`, 'utf8'), table);
});

test('initials still come from pinyin-pro, in context', () => {
  assert.equal(initials('新质生产力'), 'xzscl');
  assert.equal(initials('重庆'), 'cq');
});
