import type { InputProblem } from '../types';
import { yamlLibrary } from './yamlLibrary';

/** A file as the `yaml` library reads it: exact errors with lines, and the line of any node. */
export interface YamlDocument {
  value: unknown;
  errors: InputProblem[];
  lineOf(path: (string | number)[]): number;
}

export function parseYamlDocument(source: string, file: string): YamlDocument {
  const { isNode, LineCounter, parseDocument } = yamlLibrary();
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const errors = doc.errors.map((error) => ({
    file,
    line: lineCounter.linePos(error.pos[0]).line,
    message: `YAML 语法错误：${error.message.split('\n')[0]}`,
  }));
  const lineOf = (path: (string | number)[]): number => {
    // The deepest node that exists on the path: a missing property is reported at its parent.
    for (let depth = path.length; depth >= 0; depth--) {
      const node = path.length === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
      if (depth === 0 && isNode(doc.contents) && doc.contents.range) return lineCounter.linePos(doc.contents.range[0]).line;
    }
    return 1;
  };
  return { value: errors.length > 0 ? undefined : doc.toJS(), errors, lineOf };
}
