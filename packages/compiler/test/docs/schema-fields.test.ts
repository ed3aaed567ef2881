import { describe, expect, it } from 'vitest';
import { fieldRows } from '../../src/emit/docs/schema-fields.js';
import { constraints, typeText } from '../../src/emit/docs/schema-text.js';
import { versionChanges } from '../../src/emit/docs/version-changes.js';
import type { JsonSchema } from '../../src/ir/contract.js';
import { contractOf } from '../helpers/contract-ir.js';
import { runTable } from '../helpers/table.js';

const contract = contractOf({
  schemas: {
    Money: { type: 'object', properties: { amount: { type: 'integer' } } },
    Order: {
      type: 'object',
      required: ['id'],
      properties: { id: { type: 'string', format: 'uuid' }, total: { $ref: '#/schemas/Money' } },
    },
  },
});

runTable<JsonSchema, unknown>(
  'types for people',
  [
    { name: 'named schema link', given: { $ref: '#/schemas/Money' }, want: [{ ref: 'Money' }] },
    { name: 'nullable union', given: { type: ['string', 'null'] }, want: ['string', ' | ', 'null'] },
    {
      name: 'array of a link',
      given: { type: 'array', items: { $ref: '#/schemas/Money' } },
      want: ['array of ', { ref: 'Money' }],
    },
    {
      name: 'map',
      given: { type: 'object', additionalProperties: { type: 'integer' } },
      want: ['map of ', 'integer'],
    },
    {
      name: 'tuple',
      given: { type: 'array', prefixItems: [{ type: 'number' }, { type: 'number' }] },
      want: ['[', 'number', ', ', 'number', ']'],
    },
    {
      name: 'oneOf with null',
      given: { oneOf: [{ $ref: '#/schemas/Money' }, { type: 'null' }] },
      want: [{ ref: 'Money' }, ' | ', 'null'],
    },
    { name: 'enum infers its type', given: { enum: ['a', 'b'] }, want: ['string'] },
  ],
  typeText,
);

runTable<JsonSchema, string[]>(
  'constraints',
  [
    {
      name: 'enum, format, length',
      given: { enum: ['a', 'b'], format: 'email', minLength: 1, maxLength: 5 },
      want: ['one of "a", "b"', 'format email', 'length 1-5'],
    },
    {
      name: 'bounds and steps',
      given: { minimum: 0, exclusiveMaximum: 10, multipleOf: 2 },
      want: ['>= 0', '< 10', 'multiple of 2'],
    },
    {
      name: 'arrays',
      given: { minItems: 1, uniqueItems: true, default: [] },
      want: ['items >= 1', 'unique items', 'default []'],
    },
  ],
  constraints,
);

describe('fieldRows', () => {
  it('opens the payload ref once, keeps nested named schemas as links, expands inline objects and arrays', () => {
    const rows = fieldRows(
      {
        type: 'object',
        required: ['order', 'lines'],
        properties: {
          order: { $ref: '#/schemas/Order' },
          lines: {
            type: 'array',
            items: {
              type: 'object',
              required: ['sku'],
              properties: { sku: { type: 'string', description: 'Stock unit' } },
            },
          },
        },
      },
      contract,
    );
    expect(rows.map((r) => [r.path, r.depth, r.required, r.type, r.description])).toEqual([
      ['order', 0, true, [{ ref: 'Order' }], undefined],
      ['lines', 0, true, ['array of ', 'object'], undefined],
      ['lines[].sku', 1, true, ['string'], 'Stock unit'],
    ]);
    expect(fieldRows({ $ref: '#/schemas/Order' }, contract).map((r) => r.path)).toEqual(['id', 'total']);
  });

  it('shows an allOf part that is a named schema as one "includes" row', () => {
    const rows = fieldRows(
      { allOf: [{ $ref: '#/schemas/Money' }, { type: 'object', properties: { note: { type: 'string' } } }] },
      contract,
    );
    expect(rows.map((r) => [r.kind, r.path, r.type])).toEqual([
      ['includes', '', [{ ref: 'Money' }]],
      ['field', 'note', ['string']],
    ]);
  });
});

describe('versionChanges', () => {
  it('lists fields added, removed and changed between versions', () => {
    const v1 = fieldRows(
      { type: 'object', required: ['a'], properties: { a: { type: 'string' }, b: { type: 'integer' } } },
      contract,
    );
    const v2 = fieldRows(
      {
        type: 'object',
        required: ['a', 'b'],
        properties: { a: { type: 'integer' }, b: { type: 'integer' }, c: { type: 'string' } },
      },
      contract,
    );
    expect(versionChanges('x@1', v1, v2)).toEqual({
      from: 'x@1',
      added: ['c'],
      removed: [],
      changed: ['a: type string -> integer', 'b: now required'],
    });
  });
});
