import type { Connection } from 'vscode-languageserver/node';

/**
 * Starts work nobody awaits (a notification, a lint after an event). A failure is logged to the output
 * channel: a client that rejects a request (e.g. does not implement showMessageRequest) or a lint that
 * throws must never bring the server down.
 */
export function background(connection: Connection, work: PromiseLike<unknown>): void {
  Promise.resolve(work).catch((error: unknown) => {
    connection.console.error(`Tifa: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  });
}
