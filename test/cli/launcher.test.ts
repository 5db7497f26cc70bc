import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from '../support/terms';
import { tempFolder } from '../support/tempDir';

/**
 * dist/cli.js runs the bundle through V8's code cache (server/src/cli/launcher.ts). Run on a copy of the
 * built CLI, so that the shared dist/.cache is left alone: the cache is written by a run that has none,
 * used by the next, and a damaged one is refused by V8 and replaced, with the same output every time.
 */
function copyOfCli(): string {
  const dist = tempFolder({});
  for (const name of ['cli.js', 'cli.main.js', 'terminology.json', 'words.bin']) copyFileSync(join(REPO, 'dist', name), join(dist, name));
  return dist;
}

function check(dist: string, cwd: string) {
  const result = spawnSync(process.execPath, [join(dist, 'cli.js'), 'check', '--format', 'json', '.'], { cwd, encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const cacheFiles = (dist: string) => readdirSync(join(dist, '.cache')).filter((name) => name.startsWith('cli.main-'));

/**
 * A file the CLI keeps in dist/.cache (`kept` lists its kind): another run gives the first run's output
 * and leaves it as it is; damaged, the next run still gives that output and leaves no temp file. Returns
 * the file as written, as damaged, and as the run after the damage left it.
 */
function rerunThenDamage(dist: string, drafts: string, first: ReturnType<typeof check>, kept: () => string[], name: string, what: string) {
  const file = join(dist, '.cache', name);
  const written = readFileSync(file);
  assert.deepEqual(check(dist, drafts), first);
  assert.deepEqual(readFileSync(file), written, `${what} is not rewritten`);
  const damaged = Buffer.alloc(written.length, 7);
  writeFileSync(file, damaged);
  assert.deepEqual(check(dist, drafts), first);
  assert.deepEqual(kept(), [name], 'no temp file left');
  return { written, damaged, after: readFileSync(file) };
}

test('the code cache is written by the first run, used by the next, and a damaged one is replaced', () => {
  const dist = copyOfCli();
  const drafts = tempFolder({ 'a.md': '在做强制制造业上下功夫。\n' });
  const first = check(dist, drafts);
  assert.equal(first.code, 1);
  assert.equal(first.err, '');
  const [cache] = cacheFiles(dist);
  assert.ok(cache, 'a cache file after the first run');
  const { damaged, after } = rerunThenDamage(dist, drafts, first, () => cacheFiles(dist), cache, 'an accepted cache');
  assert.notDeepEqual(after, damaged, 'the damaged cache was replaced');
});

test('the near-miss index is kept beside the code cache and read by the next run, with the same findings; a damaged one is replaced', () => {
  const dist = copyOfCli();
  const drafts = tempFolder({ 'a.md': '推动高质量量发展。\n' });
  const indexes = () => readdirSync(join(dist, '.cache')).filter((name) => name.startsWith('nearmiss-'));
  // The first run of a fresh copy makes the cache folder (as an installed extension's first start does).
  check(dist, drafts);
  assert.deepEqual(indexes(), []);
  const first = check(dist, drafts);
  assert.match(first.out, /term\/typo/);
  const [index] = indexes();
  assert.ok(index, 'the index kept once the folder is there');
  const { written, after } = rerunThenDamage(dist, drafts, first, indexes, index, 'a good index');
  assert.deepEqual(after, written, 'the damaged index was built again and replaced');
});
