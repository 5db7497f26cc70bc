import { isMap, isSeq, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { BOM, withoutBom } from '../text/bom';

/**
 * Edits a term-base file as text, the way 「忽略此词」 and 「加入工作区术语表」 do: through yaml's Document
 * API so that the user's comments, order and quoting survive. Pure (text in, text out); the caller reads
 * and writes the file.
 */
export interface TermFileEdit {
  text: string;
  /** false when the word was already there: the file need not be written. */
  changed: boolean;
}

/** What a new workspace term file starts with. */
export const NEW_TERM_FILE_HEADER =
  '# 工作区术语表：Tifa 的「加入工作区术语表」与「忽略此词」写入此文件，可手工编辑。\n# 格式见 Tifa 的 README（prh 词典格式的超集）。\n';

/** Adds `word` to the top-level `ignore:` list (creating the list, or the file when `text` is empty). */
export function addIgnoredWord(text: string, word: string, file: string): TermFileEdit {
  const doc = parseForEdit(text, file);
  const list = doc.get('ignore', true);
  if (isSeq(list)) {
    if (list.items.some((item) => isScalar(item) && item.value === word)) return { text, changed: false };
    list.add(doc.createNode(word));
  } else {
    doc.set('ignore', doc.createNode([word]));
  }
  return { text: serialize(doc, text), changed: true };
}

/** Adds an entry `{expected: word}` to `rules:` unless an entry with that expected form exists. */
export function addTermEntry(text: string, word: string, file: string): TermFileEdit {
  const doc = parseForEdit(text, file);
  const rules = doc.get('rules', true);
  const entry = doc.createNode({ expected: word });
  if (isSeq(rules)) {
    if (rules.items.some((item) => isMap(item) && item.get('expected') === word)) return { text, changed: false };
    rules.add(entry);
  } else {
    doc.set('rules', doc.createNode([{ expected: word }]));
  }
  return { text: serialize(doc, text), changed: true };
}

/** A broken file is never rewritten: the user's text would be lost. */
function parseForEdit(text: string, file: string): Document {
  const source = text.trim().length === 0 ? `${NEW_TERM_FILE_HEADER}version: 1\n` : withoutBom(text);
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, keepSourceTokens: false });
  const error = doc.errors[0];
  if (error) {
    const line = lineCounter.linePos(error.pos[0]).line;
    throw new Error(`${file}:${line}: 术语文件有 YAML 语法错误，未修改：${error.message.split('\n')[0]}`);
  }
  if (doc.contents !== null && !isMap(doc.contents)) throw new Error(`${file}:1: 术语文件的顶层应为映射（rules/ignore 等字段），未修改`);
  return doc;
}

/** Keeps the file's BOM and line endings as found. */
function serialize(doc: Document, original: string): string {
  let out = doc.toString({ lineWidth: 0 });
  if (/\r\n/.test(original)) out = out.replace(/\r?\n/g, '\r\n');
  if (original.startsWith(BOM)) out = BOM + out;
  return out;
}
