import type { InputProblem, RuleLevel } from '../core';
import type { Translate } from './i18n';

/** The `tifa` settings section, as the client's settings define it. */
export interface TifaSettings {
  enable: boolean;
  run: 'onType' | 'onSave';
  rules: Record<string, RuleLevel>;
  /** Absolute or relative to the workspace folder. */
  terminologyFiles: string[];
}

export const DEFAULT_SETTINGS: TifaSettings = { enable: true, run: 'onType', rules: {}, terminologyFiles: [] };

const LEVELS = new Set<string>(['off', 'info', 'warning', 'error']);

/**
 * Whatever the client sent (any shape, possibly nothing) → settings. A value of the wrong type falls back to
 * its default rather than stopping the server, and is reported (by setting name) so the user can fix it.
 */
export function normalizeSettings(raw: unknown, t: Translate): { settings: TifaSettings; problems: InputProblem[] } {
  const value = isObject(raw) ? raw : {};
  const problems: InputProblem[] = [];
  const problem = (setting: string, message: string) => problems.push({ file: `tifa.${setting}`, line: 0, message });
  const rules: Record<string, RuleLevel> = {};
  if (isObject(value.rules)) {
    for (const [id, level] of Object.entries(value.rules)) {
      if (typeof level === 'string' && LEVELS.has(level)) rules[id] = level as RuleLevel;
      else problem('rules', t(`「${id}」的级别 ${JSON.stringify(level)} 无效，应为 off、info、warning 或 error；已忽略`, `level ${JSON.stringify(level)} of “${id}” is invalid (off, info, warning or error); ignored`));
    }
  }
  if (value.run !== undefined && value.run !== 'onType' && value.run !== 'onSave') problem('run', t(`值 ${JSON.stringify(value.run)} 无效，应为 onType 或 onSave；按 onType 处理`, `${JSON.stringify(value.run)} is invalid (onType or onSave); using onType`));
  const terminology = isObject(value.terminology) ? value.terminology.files : undefined;
  const files = Array.isArray(terminology) ? terminology.filter((p): p is string => typeof p === 'string' && p.length > 0) : [];
  if (terminology !== undefined && (!Array.isArray(terminology) || files.length !== terminology.length)) {
    problem('terminology.files', t('应为文件路径（字符串）列表；无效的项已忽略', 'should be a list of file paths (strings); invalid items ignored'));
  }
  return {
    settings: {
      enable: typeof value.enable === 'boolean' ? value.enable : DEFAULT_SETTINGS.enable,
      run: value.run === 'onSave' ? 'onSave' : 'onType',
      rules,
      terminologyFiles: files,
    },
    problems,
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
