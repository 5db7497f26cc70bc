import type { RuleLevel } from '../core';

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
 * its default rather than stopping the server.
 */
export function normalizeSettings(raw: unknown): TifaSettings {
  const value = isObject(raw) ? raw : {};
  const rules: Record<string, RuleLevel> = {};
  if (isObject(value.rules)) {
    for (const [id, level] of Object.entries(value.rules)) if (typeof level === 'string' && LEVELS.has(level)) rules[id] = level as RuleLevel;
  }
  const terminology = isObject(value.terminology) ? value.terminology.files : undefined;
  return {
    enable: typeof value.enable === 'boolean' ? value.enable : DEFAULT_SETTINGS.enable,
    run: value.run === 'onSave' ? 'onSave' : 'onType',
    rules,
    terminologyFiles: Array.isArray(terminology) ? terminology.filter((p): p is string => typeof p === 'string' && p.length > 0) : [],
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
