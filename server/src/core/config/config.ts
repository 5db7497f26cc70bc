import type { RuleLevel } from '../types';

/** A resolved configuration: what `.tifarc.yaml` says, with paths made absolute. */
export interface TifaConfig {
  /** The config file, or undefined when none was found (defaults apply). */
  file?: string;
  /** Levels by rule id or family. */
  rules: Record<string, RuleLevel>;
  /** Extra term bases (ours or plain prh YAML), absolute paths, in stacking order. */
  terminology: string[];
  /** Globs (relative to the config's folder) of files not to check. */
  ignore: string[];
  /** The folder globs and relative paths are resolved against. */
  root: string;
  /** Folders of authoritative texts (absolute) that quote/mismatch checks quotations against. */
  corpus?: string[];
}

export const CONFIG_FILE_NAMES = ['.tifarc.yaml', '.tifarc.yml'];
/** The workspace term file that 「加入工作区术语表」 and 「忽略此词」 write; loaded when present. */
export const WORKSPACE_TERMS = '.tifa/terms.yaml';

export const configSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    rules: {
      type: 'object',
      additionalProperties: { enum: ['off', 'info', 'warning', 'error'] },
    },
    terminology: { type: 'array', items: { type: 'string', minLength: 1 } },
    ignore: { type: 'array', items: { type: 'string', minLength: 1 } },
    corpus: { type: 'array', items: { type: 'string', minLength: 1 } },
  },
} as const;
