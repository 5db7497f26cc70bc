import type { CorpusLocation } from '../source';

/**
 * What kind of term a candidate may be: a quoted slogan, a numbered formulation (33618, 四链融合), a
 * parallel formulation, a phrase found by new-word discovery, a name (strategy, concept, organization), a title, a person–title
 * pair, or a written form that is one edit away from an existing entry (a typo in the corpus itself).
 */
export type CandidateKind = 'quoted' | 'numbered' | 'listed' | 'phrase' | 'name' | 'title' | 'person' | 'nearDuplicate';

export interface Candidate {
  kind: CandidateKind;
  text: string;
  count: number;
  /** Every occurrence, in corpus order (a line holding it twice is listed once). */
  locations: CorpusLocation[];
  /** Discovery score (higher is more word-like); only for phrases. */
  score?: number;
  /** For person candidates. */
  person?: { name: string; title: string };
  /** The base already has an entry with this expected form. */
  inBase?: boolean;
  /** The base lists this text as a wrong form of the entry. */
  knownVariantOf?: string;
  /** One edit away from this existing entry (or a more frequent candidate): probably a typo. */
  nearDuplicateOf?: string;
}

/** Collects occurrences by (kind, text) while the extractors scan the corpus. */
export class CandidateSet {
  private readonly byKey = new Map<string, Candidate>();

  add(kind: CandidateKind, text: string, location: CorpusLocation, extra: Partial<Candidate> = {}): void {
    const key = `${kind}\u0000${text}`;
    let candidate = this.byKey.get(key);
    if (!candidate) {
      candidate = { kind, text, count: 0, locations: [], ...extra };
      this.byKey.set(key, candidate);
    }
    candidate.count++;
    const last = candidate.locations[candidate.locations.length - 1];
    if (!last || last.file !== location.file || last.line !== location.line) candidate.locations.push(location);
  }

  values(): Candidate[] {
    return [...this.byKey.values()];
  }
}
