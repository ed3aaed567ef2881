import { describe, expect, it } from 'vitest';
import { closedHeaderSchema, headerNames, headersMapName } from '../../src/emit/packages/header-names.js';
import type { JsonSchema } from '../../src/ir/contract.js';
import { contractOf, eventVersion } from '../helpers/contract-ir.js';

const payload = { type: 'object' };

describe('headerNames', () => {
  it('collects properties and required names through named refs and allOf/anyOf/oneOf, sorted', () => {
    const contract = contractOf({
      schemas: {
        Tracing: { type: 'object', properties: { traceparent: { type: 'string' } }, required: ['X-Tenant'] },
        // A ref cycle must not loop.
        Loop: { allOf: [{ $ref: '#/schemas/Loop' }, { properties: { 'X-Loop': {} } }] },
      },
    });
    const headers: JsonSchema = {
      type: 'object',
      required: ['X-Request-Id'],
      properties: { 'X-Request-Id': { type: 'string' } },
      allOf: [{ $ref: '#/schemas/Tracing' }],
      anyOf: [{ properties: { 'X-Priority': {} } }, { $ref: '#/schemas/Loop' }],
      oneOf: [{ required: ['X-Signature-Key'] }],
    };
    expect(headerNames(contract, headers)).toEqual([
      'X-Loop',
      'X-Priority',
      'X-Request-Id',
      'X-Signature-Key',
      'X-Tenant',
      'traceparent',
    ]);
  });

  it('finds nothing in boolean schemas and refs to other documents', () => {
    expect(headerNames(contractOf(), true)).toEqual([]);
    expect(headerNames(contractOf(), { $ref: 'other.yaml#/Headers' })).toEqual([]);
  });
});

describe('closedHeaderSchema', () => {
  const contract = contractOf({
    schemas: { Closed: { type: 'object', unevaluatedProperties: false, properties: { 'X-A': {} } } },
  });

  it('finds additionalProperties or unevaluatedProperties false at the root, in branches and named refs', () => {
    expect(closedHeaderSchema(contract, { type: 'object', additionalProperties: false })).toBe(true);
    expect(closedHeaderSchema(contract, { allOf: [{ $ref: '#/schemas/Closed' }] })).toBe(true);
    expect(closedHeaderSchema(contract, { oneOf: [{}, { additionalProperties: false }] })).toBe(true);
  });

  it('leaves open schemas open, including an additionalProperties schema', () => {
    expect(closedHeaderSchema(contract, { type: 'object', properties: { 'X-A': {} } })).toBe(false);
    expect(closedHeaderSchema(contract, { additionalProperties: { type: 'string' } })).toBe(false);
    expect(closedHeaderSchema(contract, { properties: { nested: { additionalProperties: false } } })).toBe(
      false,
    );
    expect(closedHeaderSchema(contract, true)).toBe(false);
  });
});

describe('headersMapName', () => {
  it('names EventHeadersMap only when a message describes headers', () => {
    const plain = contractOf({ events: [eventVersion('order.created', 1, payload)] });
    expect(headersMapName(plain)).toBeUndefined();
    const withHeaders = contractOf({
      events: [
        eventVersion('order.created', 1, payload, { headers: { type: 'object' } }),
        eventVersion('order.deleted', 1, payload),
      ],
    });
    expect(headersMapName(withHeaders)).toBe('EventHeadersMap');
  });
});
