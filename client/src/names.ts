/** Command ids as contributed in package.json (distinct from the server's own command ids). */
export const Command = {
  fixAll: 'tifa.fixAll',
  recheck: 'tifa.recheck',
  browseTerms: 'tifa.browseTerms',
  openWorkspaceTerms: 'tifa.openWorkspaceTerms',
  restartServer: 'tifa.restartServer',
} as const;
