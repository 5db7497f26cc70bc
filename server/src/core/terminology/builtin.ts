import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { shortName } from '../input/keptFile';
import type { InputProblem } from '../types';
import type { TermEntry, TermFile } from './entry';
import { parseTermFile } from './load';

/** File name of the compiled built-in base, written by `npm run build` next to the bundles in dist/. */
export const COMPILED_TERMS = 'terminology.json';

/**
 * The built-in term base. Bundles read the compiled JSON beside them (fast: no YAML, no schema); when
 * running from source (tests) it is compiled from terminology/*.yaml on the fly.
 */
export function loadBuiltinTerms(): TermFile {
  const compiled = join(__dirname, COMPILED_TERMS);
  if (existsSync(compiled)) return JSON.parse(readFileSync(compiled, 'utf8')) as TermFile;
  const { termFile, problems } = compileTermSources(join(packageRoot(), 'terminology'));
  if (problems.length > 0) throw new Error(`内置术语库有错误：\n${problems.map((p) => `${p.file}:${p.line} ${p.message}`).join('\n')}`);
  return termFile;
}

/** All YAML files of a term-base folder merged into one file, in name order: the compile step. */
export function compileTermSources(folder: string): { termFile: TermFile; problems: InputProblem[] } {
  const merged: TermFile = { file: 'builtin', entries: [], ignore: [], disable: [] };
  const problems: InputProblem[] = [];
  for (const name of readdirSync(folder).filter((n) => /\.ya?ml$/.test(n)).sort()) {
    const parsed = parseTermFile(readFileSync(join(folder, name), 'utf8'), `terminology/${name}`);
    problems.push(...parsed.problems);
    merged.entries.push(...parsed.termFile.entries);
    merged.ignore.push(...parsed.termFile.ignore);
    if (parsed.termFile.people) (merged.people ??= []).push(...parsed.termFile.people);
  }
  return { termFile: merged, problems };
}

/**
 * The compiled base as dist/terminology.json holds it. Origins are written as their file and line: an
 * origin read from YAML looks its line up lazily (see origins.ts), through a getter JSON does not see.
 * Its token (see TermFile.token) is made from the rest, so that what is kept for the base is named by
 * the token, not by its entries, and a rebuilt base with other entries has another.
 */
export function compiledTermsJson(termFile: TermFile): string {
  const withOrigins = (key: string, value: unknown) => {
    if (key !== 'origin') return value;
    const { file, line } = value as TermEntry['origin'];
    return { file, line };
  };
  const json = JSON.stringify({ ...termFile, token: undefined }, withOrigins);
  return JSON.stringify({ ...termFile, token: `builtin.${json.length}.${shortName(json)}` }, withOrigins);
}

function packageRoot(): string {
  for (let dir = __dirname; dirname(dir) !== dir; dir = dirname(dir)) {
    if (existsSync(join(dir, 'terminology')) && existsSync(join(dir, 'package.json'))) return dir;
  }
  throw new Error('找不到 Tifa 的 terminology/ 目录');
}
