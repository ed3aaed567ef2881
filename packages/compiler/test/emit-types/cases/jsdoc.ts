import type { SchemaCase } from '../schema-table.js';

const lines = (...l: string[]) => l.join('\n');

/** JSDoc from schema annotations, and escaping of author text. */
export const jsdocCases: SchemaCase[] = [
  {
    name: 'description, deprecated, format, default and examples, in that order',
    given: {
      type: 'string',
      description: 'When it happened.',
      deprecated: true,
      format: 'date-time',
      default: '1970-01-01T00:00:00Z',
      examples: ['2024-05-01T12:00:00Z', '2024-05-02T00:00:00+02:00'],
    },
    want: lines(
      '/**',
      ' * When it happened.',
      ' *',
      ' * @deprecated',
      ' * @format date-time',
      ' * @default "1970-01-01T00:00:00Z"',
      ' * @example "2024-05-01T12:00:00Z"',
      ' * @example "2024-05-02T00:00:00+02:00"',
      ' */',
      'export type Subject = string;',
    ),
  },
  {
    name: 'OpenAPI-style example and JSON values',
    given: {
      type: 'object',
      additionalProperties: { type: 'integer' },
      example: { a: 1, b: [2] },
      default: {},
    },
    want: lines(
      '/**',
      ' * @default {}',
      ' * @example {"a":1,"b":[2]}',
      ' */',
      'export interface Subject {',
      '  [key: string]: number;',
      '}',
    ),
  },
  {
    name: 'title shown when it says more than the name, multi-line description kept',
    given: { type: 'integer', title: 'Amount in cents', description: 'First line.\n\nSecond paragraph.' },
    want: [
      '/**',
      ' * Amount in cents',
      ' *',
      ' * First line.',
      ' *',
      ' * Second paragraph.',
      ' *',
      ' * @integer',
      ' */',
      'export type Subject = number;',
    ].join('\n'),
  },
  {
    name: 'title that repeats the declared name is left out',
    given: { type: 'integer', title: 'subject' },
    want: ['/**', ' * @integer', ' */', 'export type Subject = number;'].join('\n'),
  },
  {
    name: 'comment terminators, leading @ and CRLF in author text cannot break out',
    given: {
      type: 'string',
      description: 'Ends here */ export const pwned = 1; /*\r\n@internal\r\n  @see nothing',
      examples: ['*/'],
    },
    want: lines(
      '/**',
      ' * Ends here *\\/ export const pwned = 1; /*',
      ' * \\@internal',
      ' *   \\@see nothing',
      ' *',
      ' * @example "*\\/"',
      ' */',
      'export type Subject = string;',
    ),
  },
  {
    name: 'property JSDoc, indented with its property',
    given: {
      type: 'object',
      required: ['id'],
      properties: {
        id: { type: 'string', format: 'uuid', description: 'Stable id.' },
        legacy: { type: 'string', deprecated: true },
        plain: { type: 'string' },
      },
    },
    want: lines(
      'export interface Subject {',
      '  /**',
      '   * Stable id.',
      '   *',
      '   * @format uuid',
      '   */',
      '  id: string;',
      '  /**',
      '   * @deprecated',
      '   */',
      '  legacy?: string;',
      '  plain?: string;',
      '}',
    ),
  },
  {
    name: 'non-string annotations are ignored',
    given: { type: 'string', description: 42, title: ['x'], format: null },
    want: 'export type Subject = string;',
  },
];
