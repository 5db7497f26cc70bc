import type { InputProblem } from '../types';
import { validate, validators } from '../input/validate';
import { keepReading, keepsReadings, keptReading } from '../input/readingCache';
import { parseYamlFile, quickYamlFile, type YamlFile } from '../input/yamlFile';
import { allItems } from '../items';
import { withoutBom } from '../text/bom';
import type { PersonEntry, Spec, TermEntry, TermFile } from './entry';
import { Origins } from './origins';
import { parsePattern } from './pattern';

export interface ParsedTermFile {
  termFile: TermFile;
  /** prh `imports`, as written (relative to the file). */
  imports: string[];
  problems: InputProblem[];
}

/**
 * Parses one term-base file (ours or plain prh), as read from disk (bytes, UTF-8) or as text. Every
 * problem names file and line; an invalid entry is dropped and the rest of the file still loads. A large
 * file read without problems is kept as read (see readingCache.ts): later runs skip decoding it, the
 * YAML, the schema's checks and the patterns' checks. A file read from, or kept as, such a reading has
 * its token.
 */
export function parseTermFile(content: string | Buffer, file: string): ParsedTermFile {
  // Readings are kept by the file's bytes; a text is encoded only to look for one.
  const bytes = typeof content !== 'string' ? content : keepsReadings() ? Buffer.from(content, 'utf8') : undefined;
  const kept = bytes && keptReading(file, bytes);
  if (kept && isKeptTermFile(kept.reading)) return fromKept(kept.reading, kept.token, () => withoutBom(bytes!.toString('utf8')), file);
  const text = typeof content === 'string' ? content : content.toString('utf8');
  const parsed = readTermFileText(text, file);
  const token = bytes && parsed.problems.length === 0 ? keepReading(file, bytes, toKept(parsed)) : undefined;
  if (token !== undefined) parsed.termFile.token = token;
  return parsed;
}

function readTermFileText(text: string, file: string): ParsedTermFile {
  const quick = parseYamlFile(text, file);
  const read = readTermFile(quick, file);
  if (read.problems.length === 0 || !quick.yaml || quick.yaml.exact) return read;
  // Problems are reported as the `yaml` library reads the file (see parseYamlFile).
  return readTermFile(parseYamlFile(text, file, { exact: true }), file);
}

function readTermFile({ yaml, problems }: { yaml?: YamlFile; problems: InputProblem[] }, file: string): ParsedTermFile {
  const empty: TermFile = { file, entries: [], ignore: [], disable: [] };
  if (!yaml) return { termFile: empty, imports: [], problems };
  if (yaml.value === null || yaml.value === undefined) return { termFile: empty, imports: [], problems };

  const topProblems = validate(validators.termFile, yaml.value, yaml);
  if (topProblems.length > 0) return { termFile: empty, imports: [], problems: topProblems };

  const origins = new Origins(yaml);
  const top = yaml.value as { imports?: string | string[]; rules?: unknown[]; ignore?: string[]; disable?: string[]; people?: unknown[] };
  const entries: TermEntry[] = [];
  (top.rules ?? []).forEach((raw, index) => {
    const path = ['rules', index];
    const entryProblems = validate(validators.entry, raw, yaml, path);
    if (entryProblems.length > 0) {
      problems.push(...entryProblems);
      return;
    }
    const entry = toEntry(raw as RawEntry, origins.at(path));
    const patternProblems = checkPatterns(entry);
    problems.push(...patternProblems.problems);
    entry.patterns = patternProblems.valid;
    entries.push(entry);
  });

  const people: PersonEntry[] = [];
  (top.people ?? []).forEach((raw, index) => {
    const path = ['people', index];
    const personProblems = validate(validators.person, raw, yaml, path);
    if (personProblems.length > 0) problems.push(...personProblems);
    else people.push({ ...(raw as Omit<PersonEntry, 'origin'>), origin: origins.at(path) });
  });

  origins.done();
  const imports = top.imports === undefined ? [] : Array.isArray(top.imports) ? top.imports : [top.imports];
  const termFile: TermFile = { file, entries, ignore: top.ignore ?? [], disable: top.disable ?? [] };
  if (people.length > 0) termFile.people = people;
  return { termFile, imports, problems };
}

/**
 * A file read without problems as keepReading() keeps it. Its entries are one text, each entry's JSON
 * from `offsets[i]` to `offsets[i + 1]`, read one by one when asked for: a run with a large base whose
 * merged entries and matchers are kept reads few (see matchersCache.ts), and parsing 20,000 entries took a
 * CLI run 12 ms and their objects more in garbage collection. Entries and people have `origin: 0`,
 * which holds the key's place, so that the objects read back have the keys of those read from YAML.
 */
interface KeptTermFile {
  entries: string;
  offsets: number[];
  people?: (Omit<PersonEntry, 'origin'> & { origin: unknown })[];
  ignore: string[];
  disable: string[];
  imports: string[];
}

function toKept({ termFile, imports }: ParsedTermFile): KeptTermFile {
  const offsets = [0];
  const texts = termFile.entries.map((e) => {
    const text = JSON.stringify({ ...e, origin: 0 });
    offsets.push(offsets[offsets.length - 1] + text.length);
    return text;
  });
  const kept: KeptTermFile = { entries: texts.join(''), offsets, ignore: termFile.ignore, disable: termFile.disable, imports };
  if (termFile.people) kept.people = termFile.people.map((p) => ({ ...p, origin: 0 }));
  return kept;
}

/** Only the outline is checked: the folder is trusted as much as the code beside it (see keptData.ts). */
function isKeptTermFile(value: unknown): value is KeptTermFile {
  const kept = value as KeptTermFile | undefined;
  return (
    kept !== undefined &&
    typeof kept.entries === 'string' &&
    Array.isArray(kept.offsets) &&
    kept.offsets.at(-1) === kept.entries.length &&
    Array.isArray(kept.ignore) &&
    Array.isArray(kept.disable) &&
    Array.isArray(kept.imports)
  );
}

/** `source`: the file's text, decoded only if a line is asked for. */
function fromKept(kept: KeptTermFile, token: string, source: () => string, file: string): ParsedTermFile {
  // Not done(): entries' origins are made as the entries are, so the file's lines stay to be looked up.
  const origins = new Origins(quickYamlFile(source, file, undefined));
  const people = kept.people as PersonEntry[] | undefined;
  people?.forEach((person, i) => (person.origin = origins.at(['people', i])));
  const count = kept.offsets.length - 1;
  const made: TermEntry[] = new Array(count);
  // Only the reading's outline is checked when it is read back: an entry damaged on disk is read from the file's text instead.
  let fromText: TermEntry[] | undefined;
  const entryAt = (i: number): TermEntry => {
    try {
      const entry = JSON.parse(kept.entries.slice(kept.offsets[i], kept.offsets[i + 1])) as TermEntry;
      entry.origin = origins.at(['rules', i]);
      return entry;
    } catch {
      fromText ??= readTermFileText(source(), file).termFile.entries;
      return fromText[i];
    }
  };
  const entriesByNumber = {
    length: count,
    at: (i: number): TermEntry | undefined => (i >= 0 && i < count ? (made[i] ??= entryAt(i)) : undefined),
  };
  let all: TermEntry[] | undefined;
  const termFile = { file, ignore: kept.ignore, disable: kept.disable, entriesByNumber } as TermFile;
  Object.defineProperty(termFile, 'entries', {
    enumerable: true,
    get: () => (all ??= allItems(entriesByNumber)),
  });
  if (people) termFile.people = people;
  termFile.token = token;
  return { termFile, imports: kept.imports, problems: [] };
}

/** An entry as written: prh allows `pattern` or `patterns`, each a string or a list; specs may be left out. */
type RawEntry = Omit<TermEntry, 'patterns' | 'specs' | 'origin'> & {
  pattern?: string | string[];
  patterns?: string | string[];
  specs?: Spec[];
};

function toEntry(raw: RawEntry, origin: TermEntry['origin']): TermEntry {
  const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
  const entry: TermEntry = {
    expected: raw.expected,
    patterns: [...list(raw.pattern), ...list(raw.patterns)],
    specs: raw.specs ?? [],
    origin,
  };
  for (const key of ['category', 'definition', 'source', 'note', 'typo', 'prh', 'regexpMustEmpty', 'options'] as const) {
    if (raw[key] !== undefined) (entry as unknown as Record<string, unknown>)[key] = raw[key];
  }
  return entry;
}

function checkPatterns(entry: TermEntry): { valid: string[]; problems: InputProblem[] } {
  const valid: string[] = [];
  const problems: InputProblem[] = [];
  for (const pattern of entry.patterns) {
    try {
      parsePattern(pattern, entry.options?.wordBoundary);
      valid.push(pattern);
    } catch (error) {
      problems.push({ file: entry.origin.file, line: entry.origin.line, message: `「${entry.expected}」的${(error as Error).message}` });
    }
  }
  return { valid, problems };
}
