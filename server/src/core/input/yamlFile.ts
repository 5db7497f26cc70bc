import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import type { InputProblem } from '../types';

/** A YAML file parsed with enough position information to report problems by line. */
export interface YamlFile {
  file: string;
  doc: Document;
  value: unknown;
  lineOf(path: (string | number)[]): number;
}

export function parseYamlFile(text: string, file: string): { yaml?: YamlFile; problems: InputProblem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((error) => ({
        file,
        line: lineCounter.linePos(error.pos[0]).line,
        message: `YAML 语法错误：${firstLine(error.message)}`,
      })),
    };
  }
  const lineOf = (path: (string | number)[]): number => {
    // The deepest node that exists on the path: a missing property is reported at its parent.
    for (let depth = path.length; depth >= 0; depth--) {
      const node = path.length === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
      if (depth === 0 && isNode(doc.contents) && doc.contents.range) return lineCounter.linePos(doc.contents.range[0]).line;
    }
    return 1;
  };
  return { yaml: { file, doc, value: doc.toJS(), lineOf }, problems: [] };
}

const ajv = new Ajv({ allErrors: true, strict: false });
const compiled = new WeakMap<object, ValidateFunction>();

/** Validates `value` (found at `path` in the file) against a JSON schema; problems carry the line. */
export function validate(schema: object, value: unknown, yaml: YamlFile, path: (string | number)[] = []): InputProblem[] {
  let check = compiled.get(schema);
  if (!check) {
    check = ajv.compile(schema);
    compiled.set(schema, check);
  }
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

function firstLine(message: string): string {
  return message.split('\n')[0];
}
