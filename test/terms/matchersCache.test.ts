import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { TermBase, type TermEntry } from '../../server/src/core';
import { keepTermMatchersIn, pack, unpack } from '../../server/src/core/terminology/matchersCache';
import { damagedCopies, withKeptFolder, withUnwritableFolder } from '../support/keptFolder';

/**
 * `count` entries of four characters, the first telling bases apart, each with its middle characters
 * swapped as a wrong form, and every 50th with a regex pattern as well (never kept: compiled on load).
 */
function base(first: string, count = 1200): TermEntry[] {
  return Array.from({ length: count }, (_, i) => {
    const expected = first + String.fromCharCode(0x4e00 + 3 * i, 0x5e00 + (i % 97), 0x6e00 + (i % 13));
    const swapped = expected[0] + expected[2] + expected[1] + expected[3];
    const patterns = i % 50 === 0 ? [swapped, `/${expected[0]}${expected[1]}+${expected[3]}/`] : [swapped];
    return { expected, patterns, specs: [], origin: { file: 'team.yaml', line: 2 + 3 * i } };
  });
}

const termBase = (entries: TermEntry[]) => TermBase.fromFiles([{ file: 'team.yaml', entries, ignore: [], disable: [] }]);

/** The first 300 terms as written, with their wrong form, and with the second character doubled. */
function textFor(entries: readonly TermEntry[]): string {
  return entries
    .slice(0, 300)
    .map(({ expected: e }) => `${e}，${e[0]}${e[2]}${e[1]}${e[3]}，${e[0]}${e[1]}${e[1]}${e[3]}。`)
    .join('');
}

function found(terms: TermBase, text: string): { variants: string[]; canonical: string[] } {
  const show = ({ start, end, entry, replacement }: { start: number; end: number; entry: TermEntry; replacement: string }) => `${start}-${end} ${entry.expected} ${replacement}`;
  return { variants: terms.findVariants(text, 0, text.length).map(show), canonical: terms.findCanonical(text, 0, text.length).map(show) };
}

const withFolder = (run: (folder: string) => void) => withKeptFolder(keepTermMatchersIn, run);

const kept = (folder: string) => readdirSync(folder).filter((name) => name.startsWith('terms-'));

test('a large base’s matchers are kept on disk and read back: the same matches as a fresh build', () => {
  const entries = base('国');
  const text = textFor(entries);
  const expected = found(termBase(entries), text);
  assert.equal(expected.canonical.length, 300);
  assert.equal(expected.variants.length, 300 + 6, 'each wrong form, and the six regex patterns among the first 300');
  withFolder((folder) => {
    assert.deepEqual(found(termBase(entries), text), expected);
    assert.equal(kept(folder).length, 1);
    const file = join(folder, kept(folder)[0]);
    const written = readFileSync(file);
    const again = termBase(entries);
    assert.deepEqual(found(again, text), expected);
    assert.deepEqual(again.problems, []);
    assert.deepEqual(readFileSync(file), written, 'a good file is not written again');
    // The file is what answers: with the canonical automaton's alphabet emptied, it finds no expected form.
    const key = again.contentKey();
    const arrays = unpack(key, written)!;
    arrays.uint8[0].fill(0);
    writeFileSync(file, pack(key, arrays));
    const fromFile = found(termBase(entries), text);
    assert.deepEqual(fromFile.canonical, []);
    assert.deepEqual(fromFile.variants, expected.variants);
    // So is the list of regex wrong forms (the fourth array from the end): without it, the six regex matches are gone.
    arrays.int32[arrays.int32.length - 4] = new Int32Array(0);
    writeFileSync(file, pack(key, arrays));
    const withoutRegex = found(termBase(entries), text).variants;
    assert.equal(withoutRegex.length, 300);
    assert.deepEqual(withoutRegex, expected.variants.filter((v) => withoutRegex.includes(v)));
  });
});

test('a damaged, cut short, foreign or other base’s file is not used: the automata are built again and the file replaced', () => {
  const entries = base('国');
  const text = textFor(entries);
  const expected = found(termBase(entries), text);
  withFolder((folder) => {
    termBase(entries);
    const file = join(folder, kept(folder)[0]);
    const good = readFileSync(file);
    termBase(base('家'));
    const otherFile = kept(folder).map((name) => join(folder, name)).find((path) => path !== file)!;
    // Besides, another base's file under this base's name (as if their hashes were equal): its key
    // differs; numbers out of range; a regex wrong form's pattern number that names a literal pattern.
    const key = termBase(entries).contentKey();
    const damaged = (damage: (int32: Int32Array[]) => void) => {
      const arrays = unpack(key, Buffer.from(good))!;
      damage(arrays.int32);
      return pack(key, arrays);
    };
    const damages: [string, Uint8Array][] = [
      ...damagedCopies(good),
      ['another base’s', readFileSync(otherFile)],
      ['a wrong form’s entry number out of range', damaged((int32) => (int32[int32.length - 5][0] = entries.length))],
      ['a regex pattern number naming a literal one', damaged((int32) => (int32[int32.length - 4][1] = 0))],
      ['an entry’s file number past the files', damaged((int32) => (int32[int32.length - 3][0] = 1))],
      ['an entry’s number past its file’s entries', damaged((int32) => (int32[int32.length - 2][0] = entries.length))],
    ];
    for (const [what, bytes] of damages) {
      writeFileSync(file, bytes);
      assert.deepEqual(found(termBase(entries), text), expected, what);
      assert.deepEqual(readFileSync(file), good, `${what}: rewritten`);
    }
  });
});

test('a base the safety check finds fault with is not kept, and says so on every load; nor is a small base', () => {
  const entries = base('国');
  // A wrong form that is another entry's expected form: dropped, with a problem naming both lines.
  entries[7] = { ...entries[7], patterns: [...entries[7].patterns, entries[8].expected] };
  withFolder((folder) => {
    for (let load = 0; load < 2; load++) {
      const terms = termBase(entries);
      assert.equal(terms.problems.length, 1, `load ${load}`);
      assert.match(terms.problems[0].message, /team\.yaml:26/);
      assert.equal(terms.problems[0].line, 23);
      assert.deepEqual(terms.lookup(entries[7].expected)?.patterns, base('国')[7].patterns);
    }
    assert.deepEqual(kept(folder), []);
    termBase(base('国', 999));
    assert.deepEqual(kept(folder), []);
    termBase(base('国', 1000));
    assert.equal(kept(folder).length, 1);
  });
});

test('term automata files: a folder keeps the last four bases’; a folder that cannot be written keeps none, and terms still match', () => {
  withFolder((folder) => {
    for (const first of '一二三四五六') termBase(base(first));
    assert.equal(kept(folder).length, 4);
  });
  const entries = base('八');
  const expected = found(termBase(entries), textFor(entries));
  withUnwritableFolder(keepTermMatchersIn, () => assert.deepEqual(found(termBase(entries), textFor(entries)), expected));
});
