import type { JsonSchema } from '../../../src/ir/contract.js';
import type { SchemaCase } from '../schema-table.js';

const lines = (...l: string[]) => l.join('\n');
const refs: Record<string, JsonSchema> = {
  A: { type: 'object', required: ['a'], properties: { a: { type: 'string' } } },
  B: { type: 'object', required: ['b'], properties: { b: { type: 'number' } } },
};

/** `oneOf`, `anyOf`, `allOf`, and `$ref` with and without siblings. */
export const compositionCases: SchemaCase[] = [
  {
    name: 'oneOf is a union',
    schemas: refs,
    given: { oneOf: [{ $ref: '#/schemas/A' }, { $ref: '#/schemas/B' }] },
    want: 'export type Subject = A | B;',
  },
  {
    name: 'anyOf is a union',
    schemas: refs,
    given: { anyOf: [{ $ref: '#/schemas/A' }, { type: 'string' }] },
    want: 'export type Subject = A | string;',
  },
  {
    name: 'allOf is an intersection',
    schemas: refs,
    given: { allOf: [{ $ref: '#/schemas/A' }, { $ref: '#/schemas/B' }] },
    want: 'export type Subject = A & B;',
  },
  {
    name: 'allOf extending a named schema with an inline object',
    schemas: refs,
    given: {
      allOf: [
        { $ref: '#/schemas/A' },
        { type: 'object', required: ['extra'], properties: { extra: { type: 'boolean' } } },
      ],
    },
    want: lines('export type Subject = A & {', '  extra: boolean;', '};'),
  },
  {
    name: 'type: object next to oneOf adds nothing',
    schemas: refs,
    given: { type: 'object', oneOf: [{ $ref: '#/schemas/A' }, { $ref: '#/schemas/B' }] },
    want: 'export type Subject = A | B;',
  },
  {
    name: 'properties next to oneOf: intersection with the union',
    schemas: refs,
    given: {
      type: 'object',
      required: ['kind'],
      properties: { kind: { type: 'string' } },
      oneOf: [{ $ref: '#/schemas/A' }, { $ref: '#/schemas/B' }],
    },
    want: lines('export type Subject = {', '  kind: string;', '} & (A | B);'),
  },
  {
    name: 'oneOf with a null branch',
    schemas: refs,
    given: { oneOf: [{ $ref: '#/schemas/A' }, { type: 'null' }] },
    want: 'export type Subject = A | null;',
  },
  {
    name: 'nullable next to allOf (OpenAPI idiom for a nullable reference)',
    schemas: refs,
    given: { allOf: [{ $ref: '#/schemas/A' }], nullable: true },
    want: 'export type Subject = A | null;',
  },
  {
    name: 'a branch without constraints makes the union unknown',
    schemas: refs,
    given: { oneOf: [{ $ref: '#/schemas/A' }, { description: 'anything' }] },
    want: 'export type Subject = unknown;',
  },
  {
    name: 'allOf, oneOf and anyOf together',
    schemas: refs,
    given: {
      allOf: [{ $ref: '#/schemas/A' }],
      oneOf: [
        { $ref: '#/schemas/B' },
        { type: 'object', required: ['c'], properties: { c: { type: 'null' } } },
      ],
      anyOf: [{ type: 'object', required: ['d'], properties: { d: { type: 'string' } } }],
    },
    want: lines('export type Subject = A & (B | {', '  c: null;', '}) & {', '  d: string;', '};'),
  },
  {
    name: 'not and if/then/else are ignored',
    given: {
      type: 'string',
      not: { const: '' },
      if: { minLength: 3 },
      // biome-ignore lint/suspicious/noThenProperty: `then` is the JSON Schema keyword under test
      then: { pattern: '^a' },
      else: { pattern: '^b' },
    },
    want: ['/**', ' * @not {"const":""}', ' */', 'export type Subject = string;'].join('\n'),
  },
  {
    name: 'a $ref alone is an alias',
    schemas: refs,
    given: { $ref: '#/schemas/A' },
    want: 'export type Subject = A;',
  },
  {
    name: '$ref siblings that constrain the type are intersected (as ajv 8 applies them)',
    schemas: refs,
    given: { $ref: '#/schemas/A', required: ['b'] },
    want: lines('export type Subject = A & {', '  b: unknown;', '};'),
  },
  {
    name: '$ref siblings that only annotate become JSDoc',
    schemas: refs,
    given: { $ref: '#/schemas/A', description: 'The A of this thing.' },
    want: lines('/**', ' * The A of this thing.', ' */', 'export type Subject = A;'),
  },
  {
    name: 'an allOf member that only annotates a $ref (a common way to describe a reference) becomes JSDoc',
    schemas: refs,
    given: { allOf: [{ $ref: '#/schemas/A' }, { description: 'The A this thing was made from.' }] },
    want: lines('/**', ' * The A this thing was made from.', ' */', 'export type Subject = A;'),
  },
  {
    name: 'a description of its own wins over an annotating allOf member',
    schemas: refs,
    given: { description: 'Own words.', allOf: [{ $ref: '#/schemas/A' }, { description: 'Member words.' }] },
    want: lines('/**', ' * Own words.', ' */', 'export type Subject = A;'),
  },
  {
    name: 'a $ref that is not a named schema is unknown',
    given: { $ref: 'https://example.com/schema.json' },
    want: 'export type Subject = unknown;',
  },
  {
    name: 'string type with a oneOf of constants',
    given: { type: 'string', oneOf: [{ const: 'a' }, { const: 'b' }] },
    want: "export type Subject = string & ('a' | 'b');",
  },
];
