import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type KeptArrays, packArrays, unpackArrays } from './keptArrays';
import { codeUnitsOf, startsWithCodeUnits } from '../text/codeUnits';
import { keepFile, keepNewest, shortName } from './keptFile';

/**
 * Derived data of one kind kept on disk as packed typed arrays (see keptArrays.ts), one file per term
 * base: `<kind>-<hash of the key it was derived under>.bin`, the newest few kept, since a team edits its
 * base and each edit is a new one. The file holds the key whole, and only a file of the same key is
 * restored: two keys that share a name take turns in the file. Off until a front end names a folder
 * (see keptData.ts).
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

  /** The file of the data derived under `key` (the text that tells bases apart, see contentKey.ts). */
  fileName(key: string): string {
    return `${this.kind}-${shortName(key)}.bin`;
  }

  /** The file's bytes for `key` and the arrays of its data. */
  pack(key: string, arrays: KeptArrays): Uint8Array {
    return packArrays(this.options.layout, { ...arrays, uint16: [codeUnitsOf(key), ...arrays.uint16] });
  }

  /** The arrays pack() was given, or undefined when the file is not of this layout, is cut short or was packed for another key. */
  unpack(key: string, file: Uint8Array): KeptArrays | undefined {
    const arrays = unpackArrays(this.options.layout, file);
    if (!arrays || arrays.uint16.length === 0 || !sameText(arrays.uint16[0], key)) return undefined;
    return { ...arrays, uint16: arrays.uint16.slice(1) };
  }

  /**
   * What `restore` makes of the file kept under `key` (called only when keeping is on: a key can take a
   * while to make); when there is none, or `restore` refuses it (undefined), what `derive` makes, kept
   * for the next time if `partsOf` gives its arrays (undefined: not to be kept). A folder that cannot be
   * written keeps nothing, and the data is derived each time.
   */
  get<T>(key: () => string, restore: (arrays: KeptArrays) => T | undefined, derive: () => T, partsOf: (value: T) => KeptArrays | undefined): T {
    if (this.folder === undefined) return derive();
    const keyText = key();
    const file = join(this.folder, this.fileName(keyText));
    let restored: T | undefined;
    try {
      const arrays = this.unpack(keyText, readFileSync(file));
      restored = arrays && restore(arrays);
    } catch {
      // Not kept yet, or damaged: derived below.
    }
    if (restored !== undefined) return restored;
    const derived = derive();
    const parts = partsOf(derived);
    if (parts && keepFile(file, this.pack(keyText, parts))) keepNewest(this.folder, this.names, this.options.kept);
    return derived;
  }
}

/** Read back on a machine of the other byte order the units never match, and the data is derived. */
function sameText(units: Uint16Array, text: string): boolean {
  return units.length === text.length && startsWithCodeUnits(units, 0, text);
}
