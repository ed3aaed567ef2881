import { describe, expect, it } from 'vitest';
import { ContractInvariantError, emitTypes, latestEventVersions } from '../../src/emit/types/index.js';
import type { EventVersion, JsonSchema } from '../../src/ir/contract.js';
import { contractOf, eventVersion } from '../helpers/contract-ir.js';
import { declarationsOf } from '../helpers/declarations.js';
import { runTable } from '../helpers/table.js';
import { formatTypeDiagnostics, typecheck } from '../helpers/typecheck.js';

const lines = (...l: string[]) => l.join('\n');
const money: JsonSchema = {
  type: 'object',
  required: ['amount'],
  properties: { amount: { type: 'integer' } },
};

describe('event declarations', () => {
  const contract = contractOf({
    schemas: { Money: money },
    events: [
      eventVersion(
        'order.created',
        1,
        { $ref: '#/schemas/Money' },
        { deprecated: true, summary: 'An order was placed.' },
      ),
      eventVersion(
        'order.created',
        2,
        {
          type: 'object',
          description: 'The order as placed.',
          required: ['total'],
          properties: { total: { $ref: '#/schemas/Money' } },
        },
        { summary: 'An order was placed.', description: 'Sent once per order.\n\nNot for drafts.' },
      ),
      eventVersion('refund.issued', 1, { $ref: '#/schemas/Money' }),
    ],
  });
  const source = emitTypes(contract)['types.ts']!;
  const decls = declarationsOf(source);

  it('payload: an alias when the payload is a $ref, with the event text and @deprecated', () => {
    expect(decls.get('OrderCreatedV1Data')).toBe(
      lines(
        '/**',
        ' * An order was placed.',
        ' *',
        ' * Payload (`data`) of `order.created@1`.',
        ' *',
        ' * @deprecated Use `order.created@2`.',
        ' */',
        'export type OrderCreatedV1Data = Money;',
      ),
    );
  });

  it('payload: an interface when the payload is an inline object, schema description included', () => {
    expect(decls.get('OrderCreatedV2Data')).toBe(
      lines(
        '/**',
        ' * An order was placed.',
        ' *',
        ' * Sent once per order.',
        ' *',
        ' * Not for drafts.',
        ' *',
        ' * The order as placed.',
        ' *',
        ' * Payload (`data`) of `order.created@2`.',
        ' */',
        'export interface OrderCreatedV2Data {',
        '  total: Money;',
        '}',
      ),
    );
  });

  it('envelope: literal type and version, timestamp, data', () => {
    expect(decls.get('RefundIssuedV1Event')).toBe(
      lines(
        '/**',
        ' * `refund.issued@1` as delivered: the webhook envelope around `RefundIssuedV1Data`.',
        ' */',
        'export interface RefundIssuedV1Event {',
        "  type: 'refund.issued';",
        '  version: 1;',
        '  /**',
        '   * RFC 3339 time at which the event happened (not the delivery attempt).',
        '   * @format date-time',
        '   */',
        '  timestamp: string;',
        '  data: RefundIssuedV1Data;',
        '}',
      ),
    );
  });

  it('index types: EventMap by "type@version", EventType, WebhookEvent, LatestEventMap', () => {
    expect(decls.get('EventMap')).toBe(
      lines(
        '/**',
        ' * Payload (`data`) type of every event version, keyed by `"type@version"`.',
        ' */',
        'export interface EventMap {',
        '  /**',
        '   * An order was placed.',
        '   *',
        '   * @deprecated Use `order.created@2`.',
        '   */',
        "  'order.created@1': OrderCreatedV1Data;",
        '  /**',
        '   * An order was placed.',
        '   */',
        "  'order.created@2': OrderCreatedV2Data;",
        "  'refund.issued@1': RefundIssuedV1Data;",
        '}',
      ),
    );
    expect(decls.get('EventId')).toMatch(/export type EventId = keyof EventMap;$/);
    expect(decls.get('EventType')).toMatch(/export type EventType = 'order.created' \| 'refund.issued';$/);
    expect(decls.get('WebhookEvent')).toMatch(
      /export type WebhookEvent = OrderCreatedV1Event \| OrderCreatedV2Event \| RefundIssuedV1Event;$/,
    );
    expect(decls.get('LatestEventMap')).toContain("  'order.created': OrderCreatedV2Data;\n");
    expect(decls.get('LatestEventMap')).toContain("  'refund.issued': RefundIssuedV1Data;\n");
    expect(formatTypeDiagnostics(typecheck({ 'types.ts': source }))).toBe('');
  });

  it('payload body mode: envelope types carry type, version and data but no timestamp', () => {
    const payloadMode = { ...contract, bodyMode: 'payload' as const };
    const envelope = declarationsOf(emitTypes(payloadMode)['types.ts']!).get('RefundIssuedV1Event');
    expect(envelope).toContain('as dispatched: the request body is the payload `RefundIssuedV1Data`');
    expect(envelope).not.toContain('timestamp');
    expect(envelope).toContain('  data: RefundIssuedV1Data;');
  });

  it('no events: the index types are empty but valid', () => {
    const empty = emitTypes(contractOf({}))['types.ts']!;
    const d = declarationsOf(empty);
    expect(d.get('EventType')).toMatch(/= never;$/);
    expect(d.get('WebhookEvent')).toMatch(/= never;$/);
    expect(formatTypeDiagnostics(typecheck({ 'types.ts': empty }))).toBe('');
  });
});

const v = (version: number, deprecated = false): EventVersion =>
  eventVersion('order.created', version, true, { deprecated });

runTable(
  'latestEventVersions: the version send() uses',
  [
    { name: 'highest version', given: [v(1), v(2), v(3)], want: ['order.created@3'] },
    { name: 'highest non-deprecated version', given: [v(1), v(2), v(3, true)], want: ['order.created@2'] },
    { name: 'all deprecated: the highest', given: [v(1, true), v(2, true)], want: ['order.created@2'] },
    { name: 'independent of order', given: [v(3, true), v(1), v(2)], want: ['order.created@2'] },
    {
      name: 'one entry per type, in order of first appearance',
      given: [eventVersion('b.x', 1, true), eventVersion('a.x', 1, true), eventVersion('b.x', 2, true)],
      want: ['b.x@2', 'a.x@1'],
    },
  ],
  (events) => [...latestEventVersions(events).values()].map((e) => e.id),
);

describe('IR invariants', () => {
  it('a duplicate event id is a ContractInvariantError with a location', () => {
    const contract = contractOf({ events: [eventVersion('a.b', 1, true), eventVersion('a.b', 1, true)] });
    expect(() => emitTypes(contract)).toThrow(ContractInvariantError);
    expect(() => emitTypes(contract)).toThrow(
      /asyncapi\.yaml:1:1 duplicate event id "a\.b@1" \(at IR \/events\/1\/id\)/,
    );
  });

  it('a reference to a missing named schema names the IR pointer', () => {
    const contract = contractOf({
      schemas: { 'A/B': { type: 'object', properties: { x: { $ref: '#/schemas/Missing' } } } },
    });
    let error: unknown;
    try {
      emitTypes(contract);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContractInvariantError);
    expect(error).toMatchObject({ code: 'ir-invariant', path: '/schemas/A~1B/schema/properties/x' });
  });

  it('a version that is not a positive integer is refused', () => {
    const contract = contractOf({ events: [eventVersion('a.b', 0, true)] });
    expect(() => emitTypes(contract)).toThrow(/expected a positive integer version, found 0/);
  });
});
