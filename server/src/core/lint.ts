import { parseDocument, type ProseDocument } from './document';
import { collectSuppressions } from './document/suppressions';
import type { CorpusIndex } from './corpus/quoteIndex';
import { minimalFix } from './fix';
import { BlockLocator, blockKey, blockStart, matchBlocks, shiftFinding, type LintCache } from './lintCache';
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

/**
 * The engine: text in, findings with fixes out, in document order. With a cache (an editor's, one per
 * document) block-scoped rules run only on the blocks that changed since the cache's last lint; the
 * findings are the same as without it.
 */
export function lint(text: string, options: LintOptions, cache?: LintCache): LintResult {
  const document = parseDocument(text, options.kind);
  const failures: RuleFailure[] = [];
  const locale = options.locale ?? 'zh-CN';
  const t = (zh: string, en: string) => (locale === 'en' ? en : zh);
  const inputs = [options.kind, options.terms, options.rules, options.ruleSet, locale, options.corpus];
  const last = cache?.last && cache.last.inputs.every((input, i) => input === inputs[i]) ? cache.last : undefined;
  const keys = cache ? document.blocks.map((block) => blockKey(document, block)) : [];
  const starts = cache ? document.blocks.map(blockStart) : [];
  const previous = last ? matchBlocks(last.keys, keys) : undefined;
  const changed: ProseDocument = previous ? { ...document, blocks: document.blocks.filter((_, i) => previous[i] < 0) } : document;
  const locator = cache ? new BlockLocator(document.blocks) : undefined;
  const byRule = new Map<string, Finding[][]>();
  const findings: Finding[] = [];

  const run = (rule: Rule, severity: Severity, seen: ProseDocument): Finding[] | undefined => {
    const reported: Finding[] = [];
    try {
      rule.check({
        document: seen,
        terms: options.terms,
        corpus: options.corpus ?? [],
        locale,
        t,
        report(report) {
          const matched = text.slice(report.start, report.end);
          const fixes =
            report.replacement === undefined || report.replacement === matched
              ? []
              : [minimalFix(text, report.start, report.end, report.replacement, report.fixTitle ?? defaultFixTitle(matched, report.replacement, t))];
          reported.push({ ruleId: rule.id, severity, message: report.message, start: report.start, end: report.end, matched, fixes, term: report.term });
        },
      });
      return reported;
    } catch (error) {
      failures.push({ ruleId: rule.id, error: error instanceof Error ? error : new Error(String(error)) });
      return undefined;
    }
  };

  for (const rule of options.ruleSet ?? allRules) {
    const level = levelOf(rule, options.rules);
    if (level === 'off') continue;
    if (rule.scope === 'document' || !locator) {
      findings.push(...(run(rule, level, document) ?? []));
      continue;
    }
    const kept = last && previous ? last.byRule.get(rule.id) : undefined;
    const fresh = run(rule, level, kept ? changed : document);
    if (!fresh) continue;
    findings.push(...fresh);
    const perBlock: Finding[][] = document.blocks.map(() => []);
    // A finding outside every block cannot be placed: the rule then runs on the whole text next time.
    let placeable = true;
    for (const finding of fresh) {
      const block = locator.blockAt(finding.start);
      if (block < 0) placeable = false;
      else perBlock[block].push(finding);
    }
    if (kept && last && previous) {
      previous.forEach((old, i) => {
        if (old < 0) return;
        for (const finding of kept[old]) {
          const moved = shiftFinding(finding, starts[i] - last.starts[old]);
          perBlock[i].push(moved);
          findings.push(moved);
        }
      });
    }
    if (placeable) byRule.set(rule.id, perBlock);
  }
  if (cache) cache.last = { inputs, keys, starts, byRule };

  const suppressions = collectSuppressions(document);
  const shown = findings.filter((f) => !suppressions.isSuppressed(f.ruleId, f.start));
  shown.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return { findings: shown, failures, document };
}

/** The quick-fix title when a rule gives none: what the edit does, in the user's language. */
function defaultFixTitle(matched: string, replacement: string, t: (zh: string, en: string) => string): string {
  if (replacement !== '') return t(`改为「${replacement}」`, `Change to “${replacement}”`);
  return matched.trim() === '' ? t('删除空格', 'Delete the space') : t(`删除「${matched}」`, `Delete “${matched}”`);
}
