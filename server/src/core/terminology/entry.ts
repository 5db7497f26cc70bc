import type { Items } from '../items';

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
  /** For a file read back from disk (see load.ts), made all together when first read; see `entriesByNumber`. */
  entries: TermEntry[];
  /**
   * A file read back from disk: its entries one at a time, each made when first asked for, the same
   * object as `entries` then holds. A term base whose merged entries and matchers are kept (see
   * matchersCache.ts) makes only those a run matches, not the file's 20,000.
   */
  entriesByNumber?: Items<TermEntry>;
  /** Words that are correct here and must never be flagged (the 「忽略此词」 list). */
  ignore: string[];
  /** Expected forms of entries (or names of people) from earlier bases to switch off. */
  disable: string[];
  /** People and the titles the corpus gives them (title/mismatch reads them). */
  people?: PersonEntry[];
  /**
   * Stands for the file's entries, ignore, disable and people when they are known not to change under it:
   * the token of the reading kept on disk that the file was read from or kept as (see readingCache.ts),
   * or the compiled built-in base's (see builtin.ts). Derived data is named by it (see contentKey.ts).
   */
  token?: string;
}

/** A person and the titles the authoritative texts pair with the name (市委书记 袁家军). */
export interface PersonEntry {
  name: string;
  /** Every title the corpus gives the person, the principal one first. */
  titles: string[];
  source?: SourceRef[];
  note?: string;
  origin: { file: string; line: number };
}
