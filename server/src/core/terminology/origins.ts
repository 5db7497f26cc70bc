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
    const index = this.paths.push(path) - 1;
    const origins = this;
    return {
      file: this.file,
      get line() {
        return origins.line(index);
      },
    };
  }

  /** Every origin of the file has been made; if some line was needed already, the rest are found now. */
  done(): void {
    this.finished = true;
    if (this.lines.length > 0) this.lookUpAll();
  }

  private line(index: number): number {
    if (this.lines[index] === undefined) this.lookUpAll();
    return this.lines[index];
  }

  private lookUpAll(): void {
    const yaml = this.yaml!;
    this.paths.forEach((path, i) => (this.lines[i] ??= yaml.lineOf(path)));
    if (this.finished) this.yaml = undefined;
  }
}
