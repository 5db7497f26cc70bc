import { parseDocument, type ProseDocument } from './document';
import { collectSuppressions } from './document/suppressions';
import type { CorpusIndex } from './corpus/quoteIndex';
import { minimalFix } from './fix';
import { allRules, type Rule } from './rules';
import type { TermBase } from './terminology';
import type { FileKind, Finding, Locale, RuleLevel, Severity } from './types';

export interface LintOptions {
  kind: FileKind;
  terms: TermBase;
  /** Levels by rule id (`term/typo`) or family (`term`); the id wins. Unlisted rules use their default. */
  rules?: Readonly<Record<string, RuleLevel>>;
  /** The rules to run; all of them unless a front end or test narrows it. */
  ruleSet?: readonly Rule[];
  /** Language of messages; 简体中文 by default. */
  locale?: Locale;
  /** Indexed authoritative texts for quote/mismatch; without them that rule is silent. */
  corpus?: readonly CorpusIndex[];
}

export interface RuleFailure {
  ruleId: string;
  error: Error;
}

export interface LintResult {
  findings: Finding[];
  /** Rules that threw: isolated, so that the others' findings still arrive. */
  failures: RuleFailure[];
  document: ProseDocument;
}

export function levelOf(rule: Pick<Rule, 'id' | 'defaultSeverity'>, levels: Readonly<Record<string, RuleLevel>> = {}): RuleLevel {
  return levels[rule.id] ?? levels[rule.id.split('/')[0]] ?? rule.defaultSeverity;
}

/** The engine: text in, findings with fixes out, in document order. */
export function lint(text: string, options: LintOptions): LintResult {
  const document = parseDocument(text, options.kind);
  const suppressions = collectSuppressions(document);
  const findings: Finding[] = [];
  const failures: RuleFailure[] = [];
  const locale = options.locale ?? 'zh-CN';
  const t = (zh: string, en: string) => (locale === 'en' ? en : zh);

  for (const rule of options.ruleSet ?? allRules) {
    const level = levelOf(rule, options.rules);
    if (level === 'off') continue;
    const severity: Severity = level;
    try {
      rule.check({
        document,
        terms: options.terms,
        corpus: options.corpus ?? [],
        locale,
        t,
        report(report) {
          if (suppressions.isSuppressed(rule.id, report.start)) return;
          const matched = text.slice(report.start, report.end);
          const fixes =
            report.replacement === undefined || report.replacement === matched
              ? []
              : [minimalFix(text, report.start, report.end, report.replacement, report.fixTitle ?? defaultFixTitle(matched, report.replacement, t))];
          findings.push({ ruleId: rule.id, severity, message: report.message, start: report.start, end: report.end, matched, fixes, term: report.term });
        },
      });
    } catch (error) {
      failures.push({ ruleId: rule.id, error: error instanceof Error ? error : new Error(String(error)) });
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return { findings, failures, document };
}

/** The quick-fix title when a rule gives none: what the edit does, in the user's language. */
function defaultFixTitle(matched: string, replacement: string, t: (zh: string, en: string) => string): string {
  if (replacement !== '') return t(`改为「${replacement}」`, `Change to “${replacement}”`);
  return matched.trim() === '' ? t('删除空格', 'Delete the space') : t(`删除「${matched}」`, `Delete “${matched}”`);
}
