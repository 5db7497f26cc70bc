import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { validate, validators } from '../input/validate';
import { parseYamlFile } from '../input/yamlFile';
import type { InputProblem, RuleLevel } from '../types';
import { CONFIG_FILE_NAMES, WORKSPACE_TERMS, type TifaConfig } from './config';

/** The nearest of `names` (relative paths) at or above `folder`, or undefined. */
function findUpward(folder: string, names: readonly string[]): string | undefined {
  for (let dir = resolve(folder); ; dir = dirname(dir)) {
    for (const name of names) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/** The nearest `.tifarc.yaml` at or above `folder`, or undefined. */
export function findConfigFile(folder: string): string | undefined {
  return findUpward(folder, CONFIG_FILE_NAMES);
}

/**
 * The configuration for files in `folder`. A broken config is reported with file and line and the
 * defaults are used instead, so that the built-in checks keep running.
 */
export function loadConfig(folder: string): { config: TifaConfig; problems: InputProblem[] } {
  const file = findConfigFile(folder);
  const root = file ? dirname(file) : resolve(folder);
  const config: TifaConfig = { file, rules: {}, terminology: [], ignore: [], root };
  const problems: InputProblem[] = [];
  if (file) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      return { config, problems: [{ file, line: 0, message: `无法读取配置文件：${(error as Error).message}` }] };
    }
    const read = readConfigText(text, file);
    problems.push(...read.problems);
    if (read.value) {
      config.rules = read.value.rules ?? {};
      config.terminology = (read.value.terminology ?? []).map((p) => resolve(root, p));
      config.ignore = read.value.ignore ?? [];
      if (read.value.corpus) config.corpus = read.value.corpus.map((p) => resolve(root, p));
    }
  }
  const workspaceTerms = findUpward(folder, [WORKSPACE_TERMS]);
  if (workspaceTerms && !config.terminology.includes(workspaceTerms)) config.terminology.push(workspaceTerms);
  return { config, problems };
}

interface ConfigFileValue {
  rules?: Record<string, RuleLevel>;
  terminology?: string[];
  ignore?: string[];
  corpus?: string[];
}

/** The config's value when it is valid, else its problems, as the `yaml` library reads it (see parseYamlFile). */
function readConfigText(text: string, file: string, exact = false): { value?: ConfigFileValue; problems: InputProblem[] } {
  const { yaml, problems } = parseYamlFile(text, file, { exact });
  if (!yaml) return { problems };
  if (yaml.value == null) return { problems: [] };
  const schemaProblems = validate(validators.config, yaml.value, yaml);
  if (schemaProblems.length === 0) return { value: yaml.value as ConfigFileValue, problems: [] };
  return yaml.exact ? { problems: schemaProblems } : readConfigText(text, file, true);
}
