import type { SchemaCase } from '../schema-table.js';

/** Scalar types, `true`/`false`/`{}` schemas, type arrays and `nullable`. */
export const primitiveCases: SchemaCase[] = [
  { name: 'string', given: { type: 'string' }, want: 'export type Subject = string;' },
  {
    name: 'integer is number',
    given: { type: 'integer' },
    want: ['/**', ' * @integer', ' */', 'export type Subject = number;'].join('\n'),
  },
  { name: 'number', given: { type: 'number' }, want: 'export type Subject = number;' },
  { name: 'boolean', given: { type: 'boolean' }, want: 'export type Subject = boolean;' },
  { name: 'null', given: { type: 'null' }, want: 'export type Subject = null;' },
  { name: 'true schema is unknown', given: true, want: 'export type Subject = unknown;' },
  { name: 'false schema is never', given: false, want: 'export type Subject = never;' },
  { name: 'empty schema is unknown', given: {}, want: 'export type Subject = unknown;' },
  {
    name: 'format stays string, noted in JSDoc',
    given: { type: 'string', format: 'date-time' },
    want: ['/**', ' * @format date-time', ' */', 'export type Subject = string;'].join('\n'),
  },
  {
    name: 'type array with null',
    given: { type: ['string', 'null'] },
    want: 'export type Subject = string | null;',
  },
  {
    name: 'type array integer and number collapse',
    given: { type: ['integer', 'number'] },
    want: 'export type Subject = number;',
  },
  {
    name: 'nullable: true (OpenAPI / AsyncAPI style)',
    given: { type: 'integer', nullable: true },
    want: ['/**', ' * @integer', ' */', 'export type Subject = number | null;'].join('\n'),
  },
  {
    name: 'nullable with a null type already present adds nothing',
    given: { type: ['string', 'null'], nullable: true },
    want: 'export type Subject = string | null;',
  },
  { name: 'unknown type name is unknown', given: { type: 'file' }, want: 'export type Subject = unknown;' },
  {
    name: 'validation-only keywords do not change the type',
    given: { type: 'string', minLength: 1, maxLength: 3, pattern: '^[a-z]+$' },
    want: [
      '/**',
      ' * @minLength 1',
      ' * @maxLength 3',
      ' * @pattern ^[a-z]+$',
      ' */',
      'export type Subject = string;',
    ].join('\n'),
  },
];
