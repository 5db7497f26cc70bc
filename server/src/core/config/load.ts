import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseYamlFile, validate } from '../input/yamlFile';
import type { InputProblem, RuleLevel } from '../types';
import { CONFIG_FILE_NAMES, configSchema, WORKSPACE_TERMS, type TifaConfig } from './config';

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
    const parsed = parseYamlFile(text, file);
    problems.push(...parsed.problems);
    if (parsed.yaml && parsed.yaml.value != null) {
      const schemaProblems = validate(configSchema, parsed.yaml.value, parsed.yaml);
      problems.push(...schemaProblems);
      if (schemaProblems.length === 0) {
        const value = parsed.yaml.value as { rules?: Record<string, RuleLevel>; terminology?: string[]; ignore?: string[]; corpus?: string[] };
        config.rules = value.rules ?? {};
        config.terminology = (value.terminology ?? []).map((p) => resolve(root, p));
        config.ignore = value.ignore ?? [];
        if (value.corpus) config.corpus = value.corpus.map((p) => resolve(root, p));
      }
    }
  }
  const workspaceTerms = findUpward(folder, [WORKSPACE_TERMS]);
  if (workspaceTerms && !config.terminology.includes(workspaceTerms)) config.terminology.push(workspaceTerms);
  return { config, problems };
}
