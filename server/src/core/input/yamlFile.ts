import { CORE_SCHEMA, load } from 'js-yaml';
import type { InputProblem } from '../types';
import { parseYamlDocument, type YamlDocument } from './yamlDocument';
import { withoutBom } from '../text/bom';

/** A YAML file's value, and the line of any part of it for problem reports. */
export interface YamlFile {
  file: string;
  value: unknown;
  lineOf(path: (string | number)[]): number;
  /** Read by the `yaml` library itself: its problems need no second reading (see parseYamlFile). */
  exact: boolean;
}

/**
 * Reads a config or term file. js-yaml reads a well-formed file about eight times faster than the
 * `yaml` library (a 130 KB term base: ~60 ms instead of ~450 ms, paid by every CLI run), but `yaml`
 * knows where each node is and words its errors as users have seen them. So js-yaml reads first, and
 * `yaml` reads when js-yaml fails or when a line is asked for. Callers that find a problem in a fast
 * reading read again with `exact` so that what they report never depends on which parser read.
 */
export function parseYamlFile(text: string, file: string, options: { exact?: boolean } = {}): { yaml?: YamlFile; problems: InputProblem[] } {
  const source = withoutBom(text);
  const value = options.exact ? undefined : quickValue(source);
  if (value === undefined) {
    const doc = parseYamlDocument(source, file);
    if (doc.errors.length > 0) return { problems: doc.errors };
    return { yaml: { file, value: doc.value, lineOf: doc.lineOf, exact: true }, problems: [] };
  }
  return { yaml: quickYamlFile(source, file, value), problems: [] };
}

/**
 * A file read as `value` without the `yaml` library, which reads it only when a line is asked for.
 * `source` may be a function giving it, called then: a kept reading's file is not even decoded otherwise.
 */
export function quickYamlFile(source: string | (() => string), file: string, value: unknown): YamlFile {
  let doc: YamlDocument | undefined;
  const lineOf = (path: (string | number)[]) => (doc ??= parseYamlDocument(typeof source === 'string' ? source : source(), file)).lineOf(path);
  return { file, value, lineOf, exact: false };
}

/**
 * js-yaml's reading, or undefined where the two libraries may disagree: any error, an empty file,
 * directives (`%YAML 1.1` changes what `yes` means for `yaml`), and aliases (`yaml` bounds their
 * expansion; js-yaml would share objects).
 */
function quickValue(source: string): unknown {
  if (/^%/m.test(source)) return undefined;
  try {
    const value = load(source, { schema: CORE_SCHEMA, maxAliases: 0 });
    return value ?? undefined;
  } catch {
    return undefined;
  }
}
