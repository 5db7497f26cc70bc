/**
 * What the server and the VS Code client agree on beyond standard LSP: command ids, the custom request
 * and notification. The client may import these names from here.
 */
import { NotificationType, RequestType } from 'vscode-languageserver/node';

export const Commands = {
  applyFixAll: 'tifa.applyFixAll',
  relint: 'tifa.relint',
  addToWorkspaceTerms: 'tifa.addToWorkspaceTerms',
  ignoreWord: 'tifa.ignoreWord',
} as const;

/** The code action kind of 「修复所有 Tifa 问题」, for `editor.codeActionsOnSave`. */
export const FIX_ALL_KIND = 'source.fixAll.tifa';

export interface ListTermsParams {
  uri?: string;
}

export interface ListedTerm {
  expected: string;
  category?: string;
  definition?: string;
  source?: { file: string; lines: number[] }[];
  note?: string;
  initials: string;
}

/** The terms in force for a document (or the built-in ones), for the 浏览术语表 quick pick. */
export const ListTermsRequest = new RequestType<ListTermsParams, ListedTerm[], void>('tifa/listTerms');

export interface StatusParams {
  uri: string;
  count: number;
}

/** Sent after each publish of a document's diagnostics. */
export const StatusNotification = new NotificationType<StatusParams>('tifa/status');
