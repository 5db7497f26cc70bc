import type * as Yaml from 'yaml';

/**
 * The `yaml` library, loaded when first needed: for lines and exact errors of a broken file, and to
 * export. A CLI run whose files js-yaml reads never needs it, and setting it up cost every run ~5 ms.
 */
export function yamlLibrary(): typeof Yaml {
  return require('yaml') as typeof Yaml;
}
