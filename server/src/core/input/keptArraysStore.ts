import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type KeptArrays, packArrays, unpackArrays } from './keptArrays';
import { keepFile, keepNewest, shortName } from './keptFile';

/**
 * Derived data of one kind kept on disk as packed typed arrays (see keptArrays.ts), one file per term
 * base: `<kind>-<hash of what it was derived from>.bin`, the newest few kept, since a team edits its base
 * and each edit is a new one. Off until a front end names a folder (see keptData.ts).
 */
export class KeptArraysStore {
  private folder: string | undefined;
  private readonly names: RegExp;

  /** `layout`: the files' layout (see packArrays), raised when it changes, each kind its own; `kept`: how many bases' files a folder keeps. */
  constructor(
    private readonly kind: string,
    private readonly options: { layout: number; kept: number },
  ) {
    this.names = new RegExp(`^${kind}-[0-9a-f]{8}\\.bin$`);
  }

  /** `undefined` turns keeping off again. */
  keepIn(folder: string | undefined): void {
    this.folder = folder;
  }

  /** The file of the data derived from `source` (the text that tells bases apart). */
  fileName(source: string): string {
    return `${this.kind}-${shortName(source)}.bin`;
  }

  pack(arrays: KeptArrays): Uint8Array {
    return packArrays(this.options.layout, arrays);
  }

  unpack(file: Uint8Array): KeptArrays | undefined {
    return unpackArrays(this.options.layout, file);
  }

  /**
   * What `restore` makes of the file kept for `source`; when there is none, or `restore` refuses it
   * (undefined), what `derive` makes, kept for the next time if `partsOf` gives its arrays (undefined:
   * not to be kept). A folder that cannot be written keeps nothing, and the data is derived each time.
   */
  get<T>(source: string, restore: (arrays: KeptArrays) => T | undefined, derive: () => T, partsOf: (value: T) => KeptArrays | undefined): T {
    if (this.folder === undefined) return derive();
    const file = join(this.folder, this.fileName(source));
    let restored: T | undefined;
    try {
      const arrays = this.unpack(readFileSync(file));
      restored = arrays && restore(arrays);
    } catch {
      // Not kept yet, or damaged: derived below.
    }
    if (restored !== undefined) return restored;
    const derived = derive();
    const parts = partsOf(derived);
    if (parts && keepFile(file, this.pack(parts))) keepNewest(this.folder, this.names, this.options.kept);
    return derived;
  }
}
