/**
 * A synthetic contract of N events for size and speed checks of generated validators: each event
 * has eleven fields (strings with patterns, lengths and formats, numbers, an enum, a nullable
 * field, a map) and three refs into a pool of twenty shared named schemas.
 */
import type { Contract, JsonSchema } from '../../src/ir/contract.js';
import { contractOf, eventVersion } from './contract-ir.js';

const SHARED = 20;

function sharedSchema(): JsonSchema {
  return {
    type: 'object',
    properties: {
      id: { type: 'string', format: 'uuid' },
      count: { type: 'integer', minimum: 0 },
      at: { type: 'string', format: 'date-time' },
      kind: { enum: ['a', 'b', 'c'] },
    },
    required: ['id'],
    additionalProperties: false,
  };
}

function eventPayload(i: number): JsonSchema {
  return {
    type: 'object',
    properties: {
      id: { type: 'string', pattern: '^evt_[a-z0-9]+$' },
      name: { type: 'string', minLength: 1, maxLength: 100 },
      amount: { type: 'number', minimum: 0 },
      status: { type: 'string', enum: ['new', 'open', 'closed'] },
      note: { type: ['string', 'null'] },
      email: { type: 'string', format: 'email' },
      createdAt: { type: 'string', format: 'date-time' },
      primary: { $ref: `#/schemas/Shared${i % SHARED}` },
      secondary: { $ref: `#/schemas/Shared${(i * 7) % SHARED}` },
      list: { type: 'array', items: { $ref: `#/schemas/Shared${(i * 3) % SHARED}` }, maxItems: 10 },
      meta: { type: 'object', additionalProperties: { type: 'string' } },
    },
    required: ['id', 'name', 'status', 'primary'],
    additionalProperties: false,
  };
}

export function syntheticValidatorContract(events: number): Contract {
  const schemas: Record<string, JsonSchema> = {};
  for (let i = 0; i < SHARED; i++) schemas[`Shared${i}`] = sharedSchema();
  return contractOf({
    schemas,
    events: Array.from({ length: events }, (_, i) =>
      eventVersion(`thing${i}.changed`, 1 + (i % 3), eventPayload(i), { dialect: 'draft-07' }),
    ),
  });
}
