/**
 * The client's half of the server ⇄ client contract (see docs/vscode.md): names of server commands and
 * custom messages, and the shapes the client reads. The server owns every decision; these are only names.
 */
import { RequestType } from 'vscode-languageclient/node';

/** Server commands (workspace/executeCommand). vscode-languageclient also registers them as VS Code commands. */
export const ServerCommand = {
  applyFixAll: 'tifa.applyFixAll',
  relint: 'tifa.relint',
} as const;

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

export const ListTermsRequest = new RequestType<{ uri?: string }, ListedTerm[], void>('tifa/listTerms');

/** The languages and schemes the server checks. */
export const documentSelector = ['markdown', 'plaintext'].flatMap((language) =>
  ['file', 'untitled'].map((scheme) => ({ language, scheme })),
);
