import type { SchemaCase } from '../schema-table.js';

const lines = (...l: string[]) => l.join('\n');

/** Recursive schemas through named references. */
export const recursionCases: SchemaCase[] = [
  {
    name: 'tree through an array property',
    given: {
      type: 'object',
      required: ['name', 'children'],
      properties: {
        name: { type: 'string' },
        children: { type: 'array', items: { $ref: '#/schemas/Subject' } },
      },
    },
    want: lines('export interface Subject {', '  name: string;', '  children: Subject[];', '}'),
  },
  {
    name: 'linked list through a nullable reference',
    given: {
      type: 'object',
      required: ['value', 'next'],
      properties: {
        value: { type: 'integer' },
        next: { oneOf: [{ $ref: '#/schemas/Subject' }, { type: 'null' }] },
      },
    },
    want: [
      'export interface Subject {',
      '  /**',
      '   * @integer',
      '   */',
      '  value: number;',
      '  next: Subject | null;',
      '}',
    ].join('\n'),
  },
  {
    name: 'mutual recursion between two schemas',
    schemas: {
      Folder: {
        type: 'object',
        required: ['entries'],
        properties: { entries: { type: 'array', items: { $ref: '#/schemas/Subject' } } },
      },
    },
    given: { oneOf: [{ $ref: '#/schemas/Folder' }, { type: 'string' }] },
    want: 'export type Subject = Folder | string;',
  },
  {
    name: 'JSON value: recursion through union, array and map',
    given: {
      anyOf: [
        { type: ['string', 'number', 'boolean', 'null'] },
        { type: 'array', items: { $ref: '#/schemas/Subject' } },
        { type: 'object', additionalProperties: { $ref: '#/schemas/Subject' } },
      ],
    },
    want: lines(
      'export type Subject = string | number | boolean | null | Subject[] | {',
      '  [key: string]: Subject;',
      '};',
    ),
  },
  {
    name: 'a cycle of bare references is unknown (TypeScript cannot declare it, no value can match it)',
    schemas: { Other: { oneOf: [{ $ref: '#/schemas/Subject' }, { type: 'string' }] } },
    given: { allOf: [{ $ref: '#/schemas/Other' }] },
    want: lines(
      '/**',
      ' * Typed `unknown`: the schema refers to itself through `$ref`/`allOf`/`oneOf`/`anyOf` only.',
      ' */',
      'export type Subject = unknown;',
    ),
  },
  {
    name: 'self reference through allOf only is unknown too',
    given: { type: 'object', properties: { a: { type: 'string' } }, allOf: [{ $ref: '#/schemas/Subject' }] },
    want: lines(
      '/**',
      ' * Typed `unknown`: the schema refers to itself through `$ref`/`allOf`/`oneOf`/`anyOf` only.',
      ' */',
      'export type Subject = unknown;',
    ),
  },
  {
    name: 'recursion through optional tuple elements inside a union (labels keep TypeScript lazy)',
    given: {
      type: ['array', 'null'],
      prefixItems: [
        { type: 'array', prefixItems: [{ $ref: '#/schemas/Subject' }], items: false, minItems: 1 },
      ],
      items: { type: 'array', items: { $ref: '#/schemas/Subject' } },
    },
    want: 'export type Subject = [item0?: [Subject], ...rest: Subject[][]] | null;',
  },
];
