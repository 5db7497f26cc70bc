/**
 * The client's half of the server ⇄ client contract: the shapes the client reads and the request it sends.
 * The server owns every decision; the client only asks.
 */
import { RequestType } from 'vscode-languageclient/node';
import { LIST_TERMS_METHOD } from './names';

export interface TermSource {
  file: string;
  lines: number[];
}

/** One entry of the term base as the server lists it for 浏览术语表. */
export interface ListedTerm {
  expected: string;
  category?: string;
  definition?: string;
  source?: TermSource[];
  note?: string;
  /** Pinyin initials of `expected`, so that typing 「zzzy」 finds 「做强制造业」. */
  initials: string;
}

export const ListTermsRequest = new RequestType<{ uri?: string }, ListedTerm[], void>(LIST_TERMS_METHOD);

/** The languages and schemes the server checks. */
export const documentSelector = ['markdown', 'plaintext'].flatMap((language) =>
  ['file', 'untitled'].map((scheme) => ({ language, scheme })),
);
