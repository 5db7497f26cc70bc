import { basename, dirname } from 'node:path';
import { DidChangeWatchedFilesNotification, type Connection, type Disposable, type FileSystemWatcher } from 'vscode-languageserver/node';
import { uriOf } from './workspace';

/** Config and workspace term files anywhere in the workspace. */
const ALWAYS_WATCHED = ['**/.tifarc.yaml', '**/.tifarc.yml', '**/.tifa/terms.yaml'];

/**
 * Asks the client to watch config and term files (dynamic registration). Term files named by settings or a
 * config may lie anywhere, so the set is re-registered when it changes.
 */
export class FileWatchers {
  private registration: Disposable | undefined;
  private registeredKey = '';

  constructor(
    private readonly connection: Connection,
    private readonly relativePatterns: boolean,
  ) {}

  async watch(termFiles: readonly string[]): Promise<void> {
    const files = [...new Set(termFiles)].sort();
    const key = files.join('\n');
    if (this.registration && key === this.registeredKey) return;
    this.registeredKey = key;
    const watchers: FileSystemWatcher[] = [
      ...ALWAYS_WATCHED.map((globPattern) => ({ globPattern })),
      ...files.map((file) => ({
        globPattern: this.relativePatterns ? { baseUri: uriOf(dirname(file)), pattern: basename(file) } : file.split('\\').join('/'),
      })),
    ];
    const previous = this.registration;
    this.registration = await this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
    previous?.dispose();
  }
}
