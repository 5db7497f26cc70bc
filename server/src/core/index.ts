/** The lint engine's public face: what the CLI, the language server, tests and benchmarks import. */
export * from './types';
export { lint, levelOf, type LintOptions, type LintResult, type RuleFailure } from './lint';
export { LintCache } from './lintCache';
export { applyFixes, fixAll, minimalFix, preferredFixes } from './fix';
export { parseDocument, fileKindOf, LineIndex, type ProseDocument } from './document';
export { allRules, ruleDocPath, type Rule } from './rules';
export { TermBase, parseTermFile, applyEntry, type TermEntry, type TermFile, type TermMatch } from './terminology';
export { loadBuiltinTerms, compileTermSources, compiledTermsJson, COMPILED_TERMS } from './terminology/builtin';
export { readTermFiles } from './terminology/loadFiles';
export { loadConfig, findConfigFile } from './config/load';
export { CONFIG_FILE_NAMES, WORKSPACE_TERMS, type TifaConfig } from './config/config';
export { Project, type FileSettings, type ProjectOptions } from './project';
export { initials } from './match/pinyin';
