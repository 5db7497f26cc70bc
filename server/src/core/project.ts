import { dirname, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import { loadConfig } from './config/load';
import { corpusIndexes } from './corpus/cache';
import type { CorpusIndex } from './corpus/quoteIndex';
import type { TifaConfig } from './config/config';
import { fileKindOf } from './document';
import { lint, type LintResult } from './lint';
import type { LintCache } from './lintCache';
import { loadBuiltinTerms } from './terminology/builtin';
import type { TermFile } from './terminology/entry';
import { readTermFiles } from './terminology/loadFiles';
import { TermBase } from './terminology/termBase';
import type { FileKind, InputProblem, Locale, RuleLevel } from './types';

export interface FileSettings {
  config: TifaConfig;
  terms: TermBase;
  /** Problems with the config and the term bases it names; the lint goes on regardless. */
  problems: InputProblem[];
  /** The config's and the editor's corpus folders, indexed for quote/mismatch. */
  corpus: CorpusIndex[];
  /** The config's ignore globs, compiled once (the editor asks on every lint). */
  ignores: (relativePath: string) => boolean;
}

export interface ProjectOptions {
  /** Levels that override the config (editor settings). */
  rules?: Record<string, RuleLevel>;
  /** Extra term bases added after the config's (editor settings), absolute paths. */
  terminology?: string[];
  locale?: Locale;
  /** Extra corpus folders (editor settings), absolute paths, after the config's. */
  corpus?: string[];
}

/**
 * Resolves config and term bases for files, caching per config file: the part the CLI and the language
 * server share so that both decide alike.
 */
export class Project {
  private builtin: TermFile | undefined;
  private readonly cache = new Map<string, FileSettings>();
  private readonly byFolder = new Map<string, FileSettings>();

  constructor(private readonly options: ProjectOptions = {}) {}

  settingsFor(filePath: string): FileSettings {
    const folder = dirname(resolve(filePath));
    const known = this.byFolder.get(folder);
    if (known) return known;
    const { config, problems } = loadConfig(folder);
    const key = config.file ?? `<none>:${config.root}`;
    let settings = this.cache.get(key);
    if (!settings) {
      this.builtin ??= loadBuiltinTerms();
      const paths = [...config.terminology, ...(this.options.terminology ?? [])];
      const { files, problems: readProblems } = readTermFiles(paths);
      const terms = TermBase.fromFiles([this.builtin, ...files]);
      config.rules = { ...config.rules, ...this.options.rules };
      const corpus = corpusIndexes([...(config.corpus ?? []), ...(this.options.corpus ?? [])]);
      const ignores = config.ignore.length === 0 ? () => false : picomatch(config.ignore, { dot: true });
      settings = { config, terms, problems: [...problems, ...readProblems, ...terms.problems, ...corpus.problems], corpus: corpus.indexes, ignores };
      this.cache.set(key, settings);
    }
    this.byFolder.set(folder, settings);
    return settings;
  }

  /** Forget cached settings (a config or term file changed). */
  invalidate(): void {
    this.cache.clear();
    this.byFolder.clear();
  }

  isIgnored(filePath: string): boolean {
    const { config, ignores } = this.settingsFor(filePath);
    return ignores(relative(config.root, resolve(filePath)).split('\\').join('/'));
  }

  /** `kind` defaults to what the file name says; an editor passes the document's language instead. */
  /** `cache`: an editor's per-document cache, so that a lint after an edit re-checks only what changed. */
  lintFile(filePath: string, text: string, kind: FileKind = fileKindOf(filePath), cache?: LintCache): LintResult & { problems: InputProblem[] } {
    const settings = this.settingsFor(filePath);
    const result = lint(text, { kind, terms: settings.terms, rules: settings.config.rules, locale: this.options.locale, corpus: settings.corpus }, cache);
    return { ...result, problems: settings.problems };
  }
}
