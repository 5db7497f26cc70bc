import type { ErrorObject } from 'ajv';
import type { InputProblem } from '../types';
import * as generated from './validators.generated';
import type { YamlFile } from './yamlFile';

type Validator = ((value: unknown) => boolean) & { errors?: ErrorObject[] | null };

/** The schemas of config/config.ts and terminology/schema.ts, as code generated at build time. */
export const validators = generated as Record<'config' | 'entry' | 'person' | 'termFile', Validator>;

/** Validates `value` (found at `path` in the file); problems carry the line and a 简体中文 message. */
export function validate(check: Validator, value: unknown, yaml: YamlFile, path: (string | number)[] = []): InputProblem[] {
  if (check(value)) return [];
  return (check.errors ?? []).map((error) => {
    const at = [...path, ...error.instancePath.split('/').slice(1).map(decodePointer)];
    return { file: yaml.file, line: yaml.lineOf(at), message: describe(error, at) };
  });
}

function decodePointer(part: string): string | number {
  const text = part.replace(/~1/g, '/').replace(/~0/g, '~');
  return /^\d+$/.test(text) ? Number(text) : text;
}

/** ajv's English error → a 简体中文 sentence naming the field. */
function describe(error: ErrorObject, at: (string | number)[]): string {
  const field = at.length > 0 ? at.join('.') : '文件顶层';
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return `${field} 缺少必填字段「${p.missingProperty}」`;
    case 'additionalProperties':
      return `${field} 有未知字段「${p.additionalProperty}」`;
    case 'type':
      return `${field} 的类型应为 ${p.type}`;
    case 'minLength':
      return `${field} 不能为空`;
    case 'enum':
      return `${field} 的值应为以下之一：${(p.allowedValues as unknown[]).join('、')}`;
    case 'const':
      return `${field} 的值应为 ${String(p.allowedValue)}`;
    default:
      return `${field} 不符合格式要求（${error.message ?? error.keyword}）`;
  }
}
