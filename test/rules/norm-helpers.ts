/** What the writing-norm rule tests share: run one rule, or fix with it, on a snippet of our own. */
import { allRules, fixAll, lint, TermBase, type FileKind, type Finding, type Locale } from '../../server/src/core';

const noTerms = TermBase.fromFiles([]);

function ruleSet(ruleId: string) {
  const rules = allRules.filter((rule) => rule.id === ruleId);
  if (rules.length !== 1) throw new Error(`no rule ${ruleId}`);
  return rules;
}

export function findings(ruleId: string, text: string, kind: FileKind = 'plaintext', locale?: Locale): Finding[] {
  const result = lint(text, { kind, terms: noTerms, ruleSet: ruleSet(ruleId), locale });
  if (result.failures.length > 0) throw result.failures[0].error;
  return result.findings;
}

/** The matched texts, the shortest way to say what was found. */
export function matched(ruleId: string, text: string, kind: FileKind = 'plaintext'): string[] {
  return findings(ruleId, text, kind).map((f) => f.matched);
}

/** Fix-all with one rule; also checks that fixing the result again changes nothing. */
export function fixed(ruleId: string, text: string, kind: FileKind = 'plaintext'): string {
  const once = fixAll(text, (t) => findings(ruleId, t, kind)).text;
  const twice = fixAll(once, (t) => findings(ruleId, t, kind)).text;
  if (twice !== once) throw new Error(`fix-all is not idempotent: ${JSON.stringify(once)} → ${JSON.stringify(twice)}`);
  return once;
}
