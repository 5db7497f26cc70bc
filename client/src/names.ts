/**
 * Names shared with package.json and with the server (the contract in docs/vscode.md). No imports, so that
 * unit tests can check them against the manifest and the server's own protocol module.
 */

/** Command ids contributed in package.json (distinct from the server's command ids below). */
export const Command = {
  fixAll: 'tifa.fixAll',
  recheck: 'tifa.recheck',
  browseTerms: 'tifa.browseTerms',
  openWorkspaceTerms: 'tifa.openWorkspaceTerms',
  restartServer: 'tifa.restartServer',
} as const;

/** Server commands (workspace/executeCommand) the client invokes. */
export const ServerCommand = {
  applyFixAll: 'tifa.applyFixAll',
  relint: 'tifa.relint',
} as const;

/** The custom request behind 浏览术语表. */
export const LIST_TERMS_METHOD = 'tifa/listTerms';
