import type { TermBase } from '../core';
import { termInitials } from './completion';
import type { ListedTerm } from './protocol';

/** `tifa/listTerms`: the entries in force, with what the 浏览术语表 quick pick shows and filters on. */
export function listTerms(terms: TermBase): ListedTerm[] {
  return termInitials(terms).map(({ entry, initials }) => {
    const listed: ListedTerm = { expected: entry.expected, initials };
    if (entry.category) listed.category = entry.category;
    if (entry.definition) listed.definition = entry.definition;
    if (entry.source) listed.source = entry.source;
    if (entry.note) listed.note = entry.note;
    return listed;
  });
}
