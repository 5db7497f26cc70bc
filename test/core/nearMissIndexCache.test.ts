import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { keepNearMissIndexesIn, nearMissPatternsFor, pack, unpack } from '../../server/src/core/match/nearMissIndexCache';
import { eligibleNumbers, NearMissPatterns } from '../../server/src/core/match/nearMissPatterns';
import type { TermEntry } from '../../server/src/core/terminology';
import { damagedCopies, withKeptFolder, withUnwritableFolder } from '../support/keptFolder';

const entry = (expected: string): TermEntry => ({ expected, patterns: [], specs: [], origin: { file: 't', line: 1 } });

/** `count` distinct four-character terms, the first character telling bases apart. */
function base(first: string, count = 1200): TermEntry[] {
  return Array.from({ length: count }, (_, i) => entry(first + String.fromCharCode(0x4e00 + 3 * i, 0x5e00 + (i % 97), 0x6e00 + (i % 13))));
}

/** Terms as written, with a character doubled, swapped, missing or added: records of every kind get tried. */
function textFor(terms: readonly TermEntry[]): string {
  return terms
    .slice(0, 300)
    .map(({ expected: e }, i) => [e, e[0] + e[1] + e[1] + e.slice(2), e[0] + e[2] + e[1] + e[3], e.slice(0, 2) + e[3], e.slice(0, 2) + '陆' + e.slice(2)][i % 5])
    .join('，');
}

function scanned(patterns: NearMissPatterns, text: string): string[] {
  const found: string[] = [];
  patterns.scan(text, 0, text.length, (row, from) => found.push(`${from} ${patterns.entry(row).expected} ${patterns.kind(row)} ${patterns.windowLength(row)}`));
  return found;
}

/** The index of `terms` through the cache, under a key made of their expected forms, as a base's content key would be. */
const indexOf = (terms: readonly TermEntry[]) => nearMissPatternsFor(terms, () => keyOf(terms));
const keyOf = (terms: readonly TermEntry[]) => JSON.stringify(terms.map((t) => t.expected));

const withFolder = (run: (folder: string) => void) => withKeptFolder(keepNearMissIndexesIn, run);

const kept = (folder: string) => readdirSync(folder).filter((name) => name.startsWith('nearmiss-'));

test('a large base’s index is kept on disk and read back: the same near misses as a fresh build', () => {
  const terms = base('国');
  const text = textFor(terms);
  const expected = scanned(NearMissPatterns.build(terms), text);
  assert.ok(expected.length > 200, 'the text has near misses to find');
  withFolder((folder) => {
    assert.deepEqual(scanned(indexOf(terms), text), expected);
    assert.equal(kept(folder).length, 1);
    const file = join(folder, kept(folder)[0]);
    const written = readFileSync(file);
    assert.deepEqual(scanned(indexOf(terms), text), expected);
    assert.deepEqual(readFileSync(file), written, 'a good file is not written again');
    // The file is what answers: with its last arrays (which characters start a bigram) emptied, nothing is found.
    const emptied = Buffer.from(written);
    emptied.fill(0, emptied.length - 2 * 0x10000);
    writeFileSync(file, emptied);
    assert.deepEqual(scanned(indexOf(terms), text), []);
  });
});

test('a damaged, cut short or foreign index file is not used: the index is built again and the file replaced', () => {
  const terms = base('国');
  const text = textFor(terms);
  const expected = scanned(NearMissPatterns.build(terms), text);
  withFolder((folder) => {
    indexOf(terms);
    const file = join(folder, kept(folder)[0]);
    const good = readFileSync(file);
    for (const [what, bytes] of damagedCopies(good)) {
      writeFileSync(file, bytes);
      assert.deepEqual(scanned(indexOf(terms), text), expected, what);
      assert.deepEqual(readFileSync(file), good, `${what}: rewritten`);
    }
    // Another base's index under this base's name (as if their hashes were equal): its key differs.
    const other = base('家');
    indexOf(other);
    const otherFile = kept(folder).map((name) => join(folder, name)).find((path) => path !== file)!;
    writeFileSync(file, readFileSync(otherFile));
    assert.deepEqual(scanned(indexOf(terms), text), expected, 'another base’s index');
    assert.deepEqual(readFileSync(file), good, 'another base’s index: rewritten');
    // Under this base's key (a key that failed to tell them apart): another base's index, whose terms
    // have as many characters but other ones; and this base's, with term numbers past its last term.
    const asKept = (eligible: readonly TermEntry[], numbers: Int32Array) => {
      const parts = NearMissPatterns.build(eligible).parts();
      return pack(keyOf(terms), { ...parts, int32: [numbers, ...parts.int32] });
    };
    const refused: [string, Uint8Array][] = [
      ['other terms under this key', asKept(other, eligibleNumbers(other))],
      ['term numbers out of range', asKept(terms, eligibleNumbers(terms).map((n) => n + 1))],
    ];
    for (const [what, bytes] of refused) {
      writeFileSync(file, bytes);
      assert.deepEqual(scanned(indexOf(terms), text), expected, what);
      assert.deepEqual(readFileSync(file), good, `${what}: rewritten`);
    }
  });
});

test('index files: a folder keeps the last four bases’ indexes; a folder that cannot be written keeps none, and near misses are still found', () => {
  withFolder((folder) => {
    for (const first of '一二三四五六') indexOf(base(first));
    assert.equal(kept(folder).length, 4);
  });
  withUnwritableFolder(keepNearMissIndexesIn, () => {
    const terms = base('八');
    assert.deepEqual(scanned(indexOf(terms), textFor(terms)), scanned(NearMissPatterns.build(terms), textFor(terms)));
  });
});

test('an index file read into memory at an offset that is not a multiple of 4 is copied, not refused', () => {
  const terms = base('国');
  const built = NearMissPatterns.build(terms);
  const bytes = pack('key', built.parts());
  const memory = new ArrayBuffer(bytes.length + 1);
  new Uint8Array(memory, 1).set(bytes);
  const parts = unpack('key', Buffer.from(memory, 1, bytes.length));
  assert.ok(parts, 'read back');
  const restored = NearMissPatterns.restore(terms, parts);
  assert.ok(restored);
  assert.deepEqual(scanned(restored, textFor(terms)), scanned(built, textFor(terms)));
});
