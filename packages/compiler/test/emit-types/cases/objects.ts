import type { SchemaCase } from '../schema-table.js';

const lines = (...l: string[]) => l.join('\n');

/** Object schemas: properties, `required`, index signatures, closed objects. */
export const objectCases: SchemaCase[] = [
  {
    name: 'required and optional properties, in written order',
    given: {
      type: 'object',
      required: ['id', 'total'],
      properties: { id: { type: 'string' }, note: { type: 'string' }, total: { type: 'integer' } },
    },
    want: [
      'export interface Subject {',
      '  id: string;',
      '  note?: string;',
      '  /**',
      '   * @integer',
      '   */',
      '  total: number;',
      '}',
    ].join('\n'),
  },
  {
    name: 'wire names exactly as written, quoted only where not identifiers',
    given: {
      type: 'object',
      additionalProperties: false,
      properties: {
        'content-type': { type: 'string' },
        '2fa': { type: 'boolean' },
        'with space': { type: 'string' },
        '': { type: 'string' },
        default: { type: 'string' },
        café: { type: 'string' },
        $ref: { type: 'string' },
        "it's": { type: 'string' },
        'a*/b': { type: 'string' },
      },
    },
    want: lines(
      'export interface Subject {',
      "  'content-type'?: string;",
      "  '2fa'?: boolean;",
      "  'with space'?: string;",
      "  ''?: string;",
      '  default?: string;',
      '  café?: string;',
      '  $ref?: string;',
      '  "it\'s"?: string;',
      "  'a*/b'?: string;",
      '}',
    ),
  },
  {
    name: 'closed object: no index signature',
    given: { type: 'object', additionalProperties: false, properties: { a: { type: 'string' } } },
    want: lines('export interface Subject {', '  a?: string;', '}'),
  },
  {
    name: 'closed object without properties is the empty object',
    given: { type: 'object', additionalProperties: false },
    want: lines('export interface Subject {', '  [key: string]: never;', '}'),
  },
  {
    name: 'unspecified additionalProperties with a required property: exact, no index signature',
    given: { type: 'object', properties: { a: { type: 'string' }, b: { type: 'number' } }, required: ['b'] },
    want: lines('export interface Subject {', '  a?: string;', '  b: number;', '}'),
  },
  {
    name: "open object of optional properties only: an index signature, or TypeScript's weak-type check would refuse other keys",
    given: { type: 'object', properties: { a: { type: 'string' } } },
    want: ['export interface Subject {', '  a?: string;', '  [key: string]: unknown;', '}'].join('\n'),
  },
  {
    name: 'closed object of optional properties only: no index signature',
    given: { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: false },
    want: lines('export interface Subject {', '  a?: string;', '}'),
  },
  {
    name: 'patternProperties without additionalProperties: keys matching no pattern take anything',
    given: {
      type: 'object',
      properties: { id: { type: 'string' } },
      required: ['id'],
      patternProperties: { '^n_': { type: 'number' } },
    },
    want: lines('export interface Subject {', '  id: string;', '  [key: string]: unknown;', '}'),
  },
  {
    name: 'bare object type is a string-keyed record, not {}',
    given: { type: 'object' },
    want: lines('export interface Subject {', '  [key: string]: unknown;', '}'),
  },
  {
    name: 'additionalProperties: true',
    given: {
      type: 'object',
      additionalProperties: true,
      required: ['a'],
      properties: { a: { type: 'string' } },
    },
    want: lines('export interface Subject {', '  a: string;', '  [key: string]: unknown;', '}'),
  },
  {
    name: 'map: additionalProperties schema',
    given: { type: 'object', additionalProperties: { type: 'string' } },
    want: lines('export interface Subject {', '  [key: string]: string;', '}'),
  },
  {
    name: 'map with declared properties: signature covers them (and undefined for optional ones)',
    given: {
      type: 'object',
      required: ['count'],
      properties: { count: { type: 'integer' }, label: { type: 'string' } },
      additionalProperties: { type: 'boolean' },
    },
    want: [
      'export interface Subject {',
      '  /**',
      '   * @integer',
      '   */',
      '  count: number;',
      '  label?: string;',
      '  [key: string]: boolean | number | string | undefined;',
      '}',
    ].join('\n'),
  },
  {
    name: 'patternProperties become the index signature',
    given: {
      type: 'object',
      additionalProperties: false,
      patternProperties: { '^x-': { type: 'string' }, '^n-': { type: 'number' } },
    },
    want: lines('export interface Subject {', '  [key: string]: string | number;', '}'),
  },
  {
    name: 'required name without a property schema is unknown',
    given: { type: 'object', required: ['a', 'b'], properties: { a: { type: 'string' } } },
    want: lines('export interface Subject {', '  a: string;', '  b: unknown;', '}'),
  },
  {
    name: 'object inferred from properties when type is missing',
    given: { properties: { a: { type: 'string' } }, required: ['a'] },
    want: lines('export interface Subject {', '  a: string;', '}'),
  },
  {
    name: 'nested objects',
    given: {
      type: 'object',
      required: ['outer'],
      properties: {
        outer: {
          type: 'object',
          required: ['inner'],
          properties: { inner: { type: 'object', additionalProperties: { type: 'number' } } },
        },
      },
    },
    want: lines(
      'export interface Subject {',
      '  outer: {',
      '    inner: {',
      '      [key: string]: number;',
      '    };',
      '  };',
      '}',
    ),
  },
  {
    name: 'nullable object is a type alias',
    given: { type: ['object', 'null'], required: ['a'], properties: { a: { type: 'string' } } },
    want: lines('export type Subject = {', '  a: string;', '} | null;'),
  },
  {
    name: 'false property schema is never',
    given: { type: 'object', properties: { gone: false } },
    want: ['export interface Subject {', '  gone?: never;', '  [key: string]: unknown;', '}'].join('\n'),
  },
  {
    name: 'unevaluatedProperties: false closes an object like additionalProperties',
    given: { type: 'object', unevaluatedProperties: false, properties: { a: { type: 'string' } } },
    want: lines('export interface Subject {', '  a?: string;', '}'),
  },
  {
    name: 'unevaluatedProperties next to allOf is left to the composition',
    schemas: { Base: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } } },
    given: { type: 'object', allOf: [{ $ref: '#/schemas/Base' }], unevaluatedProperties: false },
    want: 'export type Subject = Base;',
  },
  {
    name: 'unsupported object keywords are ignored',
    given: {
      type: 'object',
      properties: { a: { type: 'string' } },
      propertyNames: { pattern: '^[a-z]+$' },
      minProperties: 1,
      dependentRequired: { a: ['b'] },
    },
    want: [
      '/**',
      ' * @minProperties 1',
      ' */',
      'export interface Subject {',
      '  a?: string;',
      '  [key: string]: unknown;',
      '}',
    ].join('\n'),
  },
];
