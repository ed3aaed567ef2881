import { describe, expect, it } from 'vitest';
import { headerNames, headersMapName } from '../../src/emit/packages/header-names.js';
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
