import type { YamlFile } from '../input/yamlFile';
import type { TermEntry } from './entry';

type Origin = TermEntry['origin'];

/**
 * Where a file's entries and people were defined. Their lines are looked up when one is first read, which
 * is only when a problem is reported: lines take a second, slower reading of the file (see
 * parseYamlFile). Once the file is read (`done`), all lines are looked up together and that reading is
 * let go, since a language server keeps the entries for as long as it runs.
 */
export class Origins {
  private yaml: YamlFile | undefined;
  private readonly file: string;
  private readonly paths: (string | number)[][] = [];
  private readonly lines: number[] = [];
  private finished = false;

  constructor(yaml: YamlFile) {
    this.yaml = yaml;
    this.file = yaml.file;
  }

  /** The origin of the node at `path` in the file. */
  at(path: (string | number)[]): Origin {
    return new LazyOrigin(this.file, this, this.paths.push(path) - 1);
  }

  /** Every origin of the file has been made; if some line was needed already, the rest are found now. */
  done(): void {
    this.finished = true;
    if (this.lines.length > 0) this.lookUpAll();
  }

  /** The line of the origin `at` numbered `index`. */
  line(index: number): number {
    if (this.lines[index] === undefined) this.lookUpAll();
    return this.lines[index];
  }

  private lookUpAll(): void {
    const yaml = this.yaml!;
    this.paths.forEach((path, i) => (this.lines[i] ??= yaml.lineOf(path)));
    if (this.finished) this.yaml = undefined;
  }
}

/**
 * An entry's origin, its line read through Origins. A class rather than an object literal with a getter:
 * a 20,000-entry base made 20,000 getter closures on every load (11 ms of a CLI run). The getter is on the
 * prototype, so an origin is read field by field (origin.file, origin.line), never spread or serialized.
 */
class LazyOrigin implements Origin {
  constructor(
    readonly file: string,
    private readonly origins: Origins,
    private readonly index: number,
  ) {}

  get line(): number {
    return this.origins.line(this.index);
  }
}
