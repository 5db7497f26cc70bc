import type { Rule } from './rule';
import { punctHalfWidth } from './punct-half-width';
import { punctAsciiQuote } from './punct-ascii-quote';
import { punctPair } from './punct-pair';
import { punctDoubled } from './punct-doubled';
import { punctEllipsis } from './punct-ellipsis';
import { punctDash } from './punct-dash';
import { punctSerialComma } from './punct-serial-comma';
import { punctSequenceMarker } from './punct-sequence-marker';
import { numberShortYear } from './number-short-year';
import { numberYearZero } from './number-year-zero';
import { numberRangeUnit } from './number-range-unit';
import { numberFullWidth } from './number-full-width';
import { numberDateZero } from './number-date-zero';
import { spaceCjk } from './space-cjk';
import { wordJiezhi } from './word-jiezhi';
import { wordDe } from './word-de';
import { wordRepeated } from './word-repeated';
import { structureHeadingOrder } from './structure-heading-order';
import { structureHeadingDepth } from './structure-heading-depth';
import { structureDocNumber } from './structure-doc-number';
import { structureAttachment } from './structure-attachment';
import { quoteMismatch } from './quote-mismatch';
import { titleMismatch } from './title-mismatch';
import { termTypo } from './term-typo';
import { termVariant } from './term-variant';

export type { Rule, RuleContext, Report } from './rule';
export { ruleDocPath } from './rule';

/** Every rule, in the order they run. Add a rule by adding its module here. */
export const allRules: readonly Rule[] = [
  termVariant,
  termTypo,
  punctHalfWidth,
  punctAsciiQuote,
  punctPair,
  punctDoubled,
  punctEllipsis,
  punctDash,
  punctSerialComma,
  punctSequenceMarker,
  numberShortYear,
  numberYearZero,
  numberRangeUnit,
  numberFullWidth,
  numberDateZero,
  spaceCjk,
  wordJiezhi,
  wordDe,
  wordRepeated,
  structureHeadingOrder,
  structureHeadingDepth,
  structureDocNumber,
  structureAttachment,
  quoteMismatch,
  titleMismatch,
];
