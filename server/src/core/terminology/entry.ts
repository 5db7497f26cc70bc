/** Where in the corpus a term was taken from. */
export interface SourceRef {
  file: string;
  lines: number[];
}

export interface Spec {
  from: string;
  to: string;
}

/**
 * One term-base entry: prh's fields (expected, pattern(s), specs, prh, regexpMustEmpty, options) plus ours.
 * `patterns` are the known wrong forms, literal or `/regex/flags`.
 */
export interface TermEntry {
  expected: string;
  patterns: string[];
  specs: Spec[];
  category?: string;
  definition?: string;
  source?: SourceRef[];
  note?: string;
  /** false: never used for typo (near-miss) matching. */
  typo?: boolean;
  /** prh's own fields, kept so that export round-trips. */
  prh?: string;
  regexpMustEmpty?: string;
  options?: { wordBoundary?: boolean };
  /** Where the entry was defined. */
  origin: { file: string; line: number };
}

/** A loaded term-base file: entries, words never to flag, and built-in entries it switches off. */
export interface TermFile {
  file: string;
  entries: TermEntry[];
  /** Words that are correct here and must never be flagged (the 「忽略此词」 list). */
  ignore: string[];
  /** Expected forms of entries from earlier bases to switch off. */
  disable: string[];
}
