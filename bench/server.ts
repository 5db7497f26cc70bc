import type { Draft } from './drafts';

/** Filled in once dist/server.js publishes diagnostics. */
export async function serverFigures(_draft: Draft, _quick: boolean): Promise<string> {
  return '（尚未测量）';
}
