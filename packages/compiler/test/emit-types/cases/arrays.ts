import type { SchemaCase } from '../schema-table.js';

/** Arrays and tuples (`prefixItems`, draft-07 `items` arrays). */
export const arrayCases: SchemaCase[] = [
  {
    name: 'items',
    given: { type: 'array', items: { type: 'string' } },
    want: 'export type Subject = string[];',
  },
  { name: 'no items is unknown[]', given: { type: 'array' }, want: 'export type Subject = unknown[];' },
  {
    name: 'union items are parenthesised',
    given: { type: 'array', items: { type: ['string', 'number'] } },
    want: 'export type Subject = (string | number)[];',
  },
  {
    name: 'array of arrays',
    given: { type: 'array', items: { type: 'array', items: { type: 'integer' } } },
    want: 'export type Subject = number[][];',
  },
  {
    name: 'items: false is the empty tuple',
    given: { type: 'array', items: false },
    want: 'export type Subject = [];',
  },
  {
    name: 'prefixItems closed by items: false, all required through minItems',
    given: {
      type: 'array',
      prefixItems: [{ type: 'number' }, { type: 'number' }],
      items: false,
      minItems: 2,
    },
    want: ['/**', ' * @minItems 2', ' */', 'export type Subject = [number, number];'].join('\n'),
  },
  {
    name: 'prefixItems past minItems are optional, rest unknown when items is unspecified (labelled)',
    given: { type: 'array', prefixItems: [{ type: 'string' }, { type: 'number' }], minItems: 1 },
    want: [
      '/**',
      ' * @minItems 1',
      ' */',
      'export type Subject = [item0: string, item1?: number, ...rest: unknown[]];',
    ].join('\n'),
  },
  {
    name: 'prefixItems with an items schema as the rest',
    given: { type: 'array', prefixItems: [{ type: 'string' }], items: { type: 'number' }, minItems: 1 },
    want: ['/**', ' * @minItems 1', ' */', 'export type Subject = [item0: string, ...rest: number[]];'].join(
      '\n',
    ),
  },
  {
    name: 'draft-07 items array closed by additionalItems: false',
    given: {
      type: 'array',
      items: [{ type: 'string' }, { type: 'boolean' }],
      additionalItems: false,
      minItems: 2,
    },
    want: ['/**', ' * @minItems 2', ' */', 'export type Subject = [string, boolean];'].join('\n'),
  },
  {
    name: 'draft-07 items array with an additionalItems schema',
    given: { type: 'array', items: [{ type: 'string' }], additionalItems: { type: 'null' }, minItems: 1 },
    want: ['/**', ' * @minItems 1', ' */', 'export type Subject = [item0: string, ...rest: null[]];'].join(
      '\n',
    ),
  },
  {
    name: 'draft-07 items array without additionalItems stays open',
    given: { items: [{ type: 'string' }], minItems: 1 },
    want: ['/**', ' * @minItems 1', ' */', 'export type Subject = [item0: string, ...rest: unknown[]];'].join(
      '\n',
    ),
  },
  {
    name: 'nullable array',
    given: { type: ['array', 'null'], items: { type: 'string' } },
    want: 'export type Subject = string[] | null;',
  },
  {
    name: 'array of named schema',
    schemas: { Item: { type: 'string' } },
    given: { type: 'array', items: { $ref: '#/schemas/Item' } },
    want: 'export type Subject = Item[];',
  },
  {
    name: 'validation-only array keywords are ignored',
    given: {
      type: 'array',
      items: { type: 'string' },
      minItems: 1,
      maxItems: 3,
      uniqueItems: true,
      contains: { const: 'a' },
    },
    want: [
      '/**',
      ' * @minItems 1',
      ' * @maxItems 3',
      ' * @uniqueItems',
      ' */',
      'export type Subject = string[];',
    ].join('\n'),
  },
];
