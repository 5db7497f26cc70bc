/** The client's copy of the contract names matches the server's protocol module (they are bundled apart). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LIST_TERMS_METHOD, ServerCommand } from '../../client/src/names';
import { Commands, ListTermsRequest, type ListedTerm as ServerListedTerm } from '../../server/src/lsp/protocol';
import type { ListedTerm as ClientListedTerm } from '../../client/src/protocol';

test('server command ids the client invokes are the ones the server advertises', () => {
  assert.equal(ServerCommand.applyFixAll, Commands.applyFixAll);
  assert.equal(ServerCommand.relint, Commands.relint);
});

test('the 浏览术语表 request has the server\'s method name', () => {
  assert.equal(LIST_TERMS_METHOD, ListTermsRequest.method);
});

// Compile-time check (npm test type-checks): what the server sends for tifa/listTerms is what the client reads.
export const serverTermsAreClientTerms = (terms: ServerListedTerm[]): ClientListedTerm[] => terms;
