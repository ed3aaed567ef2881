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

describe('fieldRows: alternatives', () => {
  const user: JsonSchema = {
    type: 'object',
    required: ['kind', 'userId'],
    properties: { kind: { const: 'user' }, userId: { type: 'string' } },
  };
  const apiKey = (required: string[]): JsonSchema => ({
    type: 'object',
    description: 'An API key acting on its own',
    required,
    properties: { kind: { const: 'api_key' }, keyId: { type: 'string' } },
  });
  const actor: JsonSchema = {
    oneOf: [user, apiKey(['kind']), { $ref: '#/schemas/Money' }, { type: 'null' }],
  };

  it('gives each object alternative a variant row with its own fields; named ones stay links', () => {
    const rows = fieldRows({ type: 'object', properties: { actor } }, contract);
    expect(rows.map((r) => [r.kind, r.path, r.depth, r.alternative, r.within])).toEqual([
      ['field', 'actor', 0, undefined, undefined],
      ['variant', 'actor', 1, 'oneOf 1 of 3, kind = "user"', 'actor oneOf 1'],
      ['field', 'actor.kind', 2, undefined, 'actor oneOf 1'],
      ['field', 'actor.userId', 2, undefined, 'actor oneOf 1'],
      ['variant', 'actor', 1, 'oneOf 2 of 3, kind = "api_key"', 'actor oneOf 2'],
      ['field', 'actor.kind', 2, undefined, 'actor oneOf 2'],
      ['field', 'actor.keyId', 2, undefined, 'actor oneOf 2'],
      ['variant', 'actor', 1, 'oneOf 3 of 3', 'actor oneOf 3'],
    ]);
    expect(rows[4]!.description).toBe('An API key acting on its own');
    expect(rows[7]!.type).toEqual([{ ref: 'Money' }]);
  });

  it('expands alternatives at the root of a payload, and a nullable object as its fields', () => {
    expect(fieldRows(actor, contract).map((r) => `${r.kind} ${r.path || '(root)'}`)).toEqual([
      'variant (root)',
      'field kind',
      'field userId',
      'variant (root)',
      'field kind',
      'field keyId',
      'variant (root)',
    ]);
    const nullable: JsonSchema = {
      oneOf: [{ type: 'object', properties: { a: { type: 'string' } } }, { type: 'null' }],
    };
    expect(fieldRows(nullable, contract).map((r) => [r.kind, r.path])).toEqual([['field', 'a']]);
  });

  it('compares versions per alternative, so equal paths in two alternatives stay apart', () => {
    const v1 = fieldRows({ type: 'object', properties: { actor } }, contract);
    const narrowed: JsonSchema = { oneOf: [user, apiKey(['kind', 'keyId'])] };
    const v2 = fieldRows({ type: 'object', properties: { actor: narrowed } }, contract);
    const changes = versionChanges('e@1', v1, v2);
    expect(changes.removed).toEqual(['actor oneOf 3']);
    expect(changes.changed).toEqual([
      'actor: type object | object | Money | null -> object | object',
      'actor.keyId in actor oneOf 2: now required',
    ]);
  });
});
