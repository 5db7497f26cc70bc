export type { TermEntry, TermFile, SourceRef, Spec } from './entry';
export { parseTermFile, type ParsedTermFile } from './load';
export { TermBase, type TermMatch } from './termBase';
export { applyEntry, runSpecs } from './specs';
