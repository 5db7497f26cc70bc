import type { CorpusIndex } from '../corpus/quoteIndex';
import type { ProseDocument } from '../document';
import type { TermBase, TermEntry } from '../terminology';
import type { Locale, Severity } from '../types';

/** What a rule reports; the engine adds severity, the matched text and the rule id. */
export interface Report {
  start: number;
  end: number;
  message: string;
  /** Replacement for text[start, end); the engine turns it into a minimal edit. */
  replacement?: string;
  /** Quick-fix title in 简体中文; defaults to 改为「replacement」. */
  fixTitle?: string;
  term?: TermEntry;
}

export interface RuleContext {
  document: ProseDocument;
  terms: TermBase;
  /** The configured corpora, indexed (quote/mismatch); empty when none is configured. */
  corpus?: readonly CorpusIndex[];
  locale: Locale;
  /** The message in the user's language: 简体中文 unless the front end runs in English. */
  t(zh: string, en: string): string;
  report(report: Report): void;
}

/**
 * A rule: one file under rules/, one doc page under docs/rules/<id with / as ->.md, its own tests.
 * `id` is `family/name`; settings may name either.
 */
export interface Rule {
  id: string;
  /** Short 简体中文 name shown in docs, settings and the rule table. */
  title: string;
  defaultSeverity: Severity;
  /**
   * 'block': what the rule reports in a block depends on that block's text alone, and it reports inside the
   * block, so an editor can re-run it on the blocks an edit touched and keep the rest. 'document': it
   * looks across blocks (heading numbering, quotations over several paragraphs) and always sees them all.
   */
  scope: 'block' | 'document';
  check(context: RuleContext): void;
}

/** The doc page of a rule, relative to the project root. */
export function ruleDocPath(ruleId: string): string {
  return `docs/rules/${ruleId.replace('/', '-')}.md`;
}
