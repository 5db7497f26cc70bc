/** JSON schema of a term-base file: prh's dictionary format plus Tifa's own fields. */
const stringOrList = { anyOf: [{ type: 'string', minLength: 1 }, { type: 'array', items: { type: 'string', minLength: 1 } }] };

export const entrySchema = {
  type: 'object',
  required: ['expected'],
  additionalProperties: false,
  properties: {
    expected: { type: 'string', minLength: 1 },
    pattern: stringOrList,
    patterns: stringOrList,
    specs: {
      type: 'array',
      items: {
        type: 'object',
        required: ['from', 'to'],
        additionalProperties: false,
        properties: { from: { type: 'string' }, to: { type: 'string' } },
      },
    },
    category: { type: 'string', minLength: 1 },
    definition: { type: 'string', minLength: 1 },
    source: {
      type: 'array',
      items: {
        type: 'object',
        required: ['file', 'lines'],
        additionalProperties: false,
        properties: {
          file: { type: 'string', minLength: 1 },
          lines: { type: 'array', minItems: 1, items: { type: 'integer', minimum: 1 } },
        },
      },
    },
    note: { type: 'string' },
    typo: { type: 'boolean' },
    prh: { type: 'string' },
    regexpMustEmpty: { type: 'string' },
    options: { type: 'object', properties: { wordBoundary: { type: 'boolean' } } },
  },
} as const;

export const termFileSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    version: { type: 'integer' },
    imports: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
    rules: { type: 'array' },
    ignore: { type: 'array', items: { type: 'string', minLength: 1 } },
    disable: { type: 'array', items: { type: 'string', minLength: 1 } },
    people: { type: 'array' },
  },
} as const;

/** One item of the top-level `people` list (Tifa's extension; prh has no such field). */
export const personSchema = {
  type: 'object',
  required: ['name', 'titles'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', minLength: 1 },
    titles: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
    source: entrySchema.properties.source,
    note: { type: 'string' },
  },
} as const;
