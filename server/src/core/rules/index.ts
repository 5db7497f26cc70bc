import type { Rule } from './rule';
import { termTypo } from './term-typo';
import { termVariant } from './term-variant';

export type { Rule, RuleContext, Report } from './rule';
export { ruleDocPath } from './rule';

/** Every rule, in the order they run. Add a rule by adding its module here. */
export const allRules: readonly Rule[] = [termVariant, termTypo];
