export type { Candidate, CandidateKind } from './candidate';
export { proposeTerms, KIND_ORDER, type Proposal } from './propose';
export { renderReviewSheet } from './reviewSheet';
export type { DiscoveryOptions } from './discovery';
