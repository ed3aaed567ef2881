import { describe, expect, it } from 'vitest';
import { emitTypes, resolveTypeNames, type TypeNames } from '../../src/emit/types/index.js';
import { type ContractInput, contractOf, eventVersion, namedSchema } from '../helpers/contract-ir.js';
import { declarationsOf } from '../helpers/declarations.js';
import { runTable } from '../helpers/table.js';
import { formatTypeDiagnostics, typecheck } from '../helpers/typecheck.js';

const obj = { type: 'object' } as const;
const created2 = eventVersion('order.created', 2, obj);

const cases: Array<{ name: string; given: ContractInput; want: TypeNames }> = [
  {
    name: 'names as written when nothing collides',
    given: { schemas: { Order: obj }, events: [created2] },
    want: {
      schemas: { Order: 'Order' },
      events: { 'order.created@2': { data: 'OrderCreatedV2Data', envelope: 'OrderCreatedV2Event' } },
    },
  },
  {
    name: 'a schema named like an index type is renamed, the index type keeps its name',
    given: { schemas: { EventMap: obj, WebhookEvent: obj } },
    want: { schemas: { EventMap: 'EventMap_2', WebhookEvent: 'WebhookEvent_2' }, events: {} },
  },
  {
    name: 'schema names win over event-derived names, counters skip taken names',
    given: {
      schemas: { OrderCreatedV2Data: obj, OrderCreatedV2Data_2: obj, OrderCreatedV2Event: obj },
      events: [created2],
    },
    want: {
      schemas: {
        OrderCreatedV2Data: 'OrderCreatedV2Data',
        OrderCreatedV2Data_2: 'OrderCreatedV2Data_2',
        OrderCreatedV2Event: 'OrderCreatedV2Event',
      },
      events: { 'order.created@2': { data: 'OrderCreatedV2Data_3', envelope: 'OrderCreatedV2Event_2' } },
    },
  },
  {
    name: 'two events with the same base name: the later one is numbered',
    given: {
      events: [
        eventVersion('order.created', 1, obj, { name: 'OrderCreated' }),
        eventVersion('order-created', 1, obj, { name: 'OrderCreated' }),
      ],
    },
    want: {
      schemas: {},
      events: {
        'order.created@1': { data: 'OrderCreatedData', envelope: 'OrderCreatedEvent' },
        'order-created@1': { data: 'OrderCreatedData_2', envelope: 'OrderCreatedEvent_2' },
      },
    },
  },
  {
    name: 'invalid identifiers and keywords are made usable, then deduplicated',
    given: {
      schemas: {
        '2fa-Setting': namedSchema('2fa-Setting', obj),
        _2fa_Setting: obj,
        string: obj,
        type: obj,
        Ünïcode: obj,
      },
    },
    want: {
      schemas: {
        '2fa-Setting': '_2fa_Setting_2',
        _2fa_Setting: '_2fa_Setting',
        string: 'string_',
        type: 'type_',
        Ünïcode: 'Ünïcode',
      },
      events: {},
    },
  },
  {
    name: 'a suffix the name already ends with is not doubled',
    given: {
      events: [
        eventVersion('market.data', 1, obj, { name: 'MarketData' }),
        eventVersion('order.event', 1, obj, { name: 'OrderEvent' }),
      ],
    },
    want: {
      schemas: {},
      events: {
        'market.data@1': { data: 'MarketData', envelope: 'MarketDataEvent' },
        'order.event@1': { data: 'OrderEventData', envelope: 'OrderEvent' },
      },
    },
  },
  {
    name: 'global names are never declared: schemas and event types get a counter',
    given: {
      schemas: { Record: obj, Response: obj, Document: obj },
      events: [eventVersion('message', 1, obj, { name: 'Message' })],
    },
    want: {
      schemas: { Document: 'Document', Record: 'Record_2', Response: 'Response_2' },
      events: { 'message@1': { data: 'MessageData', envelope: 'MessageEvent_2' } },
    },
  },
  {
    name: 'events with a headers schema get <name>Headers',
    given: {
      events: [
        eventVersion('order.created', 1, obj, { name: 'OrderCreated', headers: obj }),
        eventVersion('order.deleted', 1, obj, { name: 'OrderDeleted' }),
      ],
    },
    want: {
      schemas: {},
      events: {
        'order.created@1': {
          data: 'OrderCreatedData',
          envelope: 'OrderCreatedEvent',
          headers: 'OrderCreatedHeaders',
        },
        'order.deleted@1': { data: 'OrderDeletedData', envelope: 'OrderDeletedEvent' },
      },
    },
  },
];

runTable('resolveTypeNames', cases, (given) => resolveTypeNames(contractOf(given)));

describe('naming in the emitted module', () => {
  it('declares every renamed type once, notes the original name, and compiles', () => {
    const contract = contractOf({
      schemas: {
        EventMap: { type: 'object', required: ['a'], properties: { a: { type: 'string' } } },
        OrderCreatedV2Data: { type: 'string' },
        Uses: { type: 'array', items: { $ref: '#/schemas/EventMap' } },
      },
      events: [eventVersion('order.created', 2, { $ref: '#/schemas/OrderCreatedV2Data' })],
    });
    const source = emitTypes(contract)['types.ts']!;
    const decls = declarationsOf(source);
    expect([...decls.keys()]).toEqual([
      'EventMap_2',
      'OrderCreatedV2Data',
      'Uses',
      'OrderCreatedV2Event',
      'EventMap',
      'EventId',
      'EventType',
      'WebhookEvent',
      'LatestEventMap',
    ]);
    expect(decls.get('EventMap_2')).toContain('Schema `EventMap` in the contract, renamed');
    expect(decls.get('Uses')).toBe('export type Uses = EventMap_2[];');
    // The payload is only a ref to the schema already called OrderCreatedV2Data: no alias of it.
    expect(decls.get('OrderCreatedV2Event')).toContain('data: OrderCreatedV2Data;');
    expect(decls.get('EventMap')).toContain("'order.created@2': OrderCreatedV2Data;");
    expect(formatTypeDiagnostics(typecheck({ 'types.ts': source }))).toBe('');
  });

  it('declares <name>Headers and EventHeadersMap only for events that describe headers', () => {
    const headers = {
      type: 'object',
      required: ['x-request-id'],
      properties: { 'x-request-id': { type: 'string', description: 'Correlates retries.' } },
    };
    const contract = contractOf({
      events: [
        eventVersion('order.created', 1, obj, { name: 'OrderCreated', headers }),
        eventVersion('order.deleted', 1, obj, { name: 'OrderDeleted' }),
      ],
    });
    const source = emitTypes(contract)['types.ts']!;
    const decls = declarationsOf(source);
    expect(decls.get('OrderCreatedHeaders')).toContain("'x-request-id': string;");
    expect(decls.get('OrderCreatedHeaders')).toContain('HTTP headers of `order.created@1`');
    expect(decls.get('EventHeadersMap')).toContain("'order.created@1': OrderCreatedHeaders;");
    expect(decls.get('EventHeadersMap')).not.toContain('order.deleted');
    expect(formatTypeDiagnostics(typecheck({ 'types.ts': source }))).toBe('');
    const without = emitTypes(contractOf({ events: [eventVersion('order.deleted', 1, obj)] }))['types.ts']!;
    expect(without).not.toContain('Headers');
  });

  it('does not depend on the insertion order of contract.schemas', () => {
    const a = contractOf({ schemas: { EventMap: obj, B: obj, A: obj } });
    const b = { ...a, schemas: Object.fromEntries(Object.entries(a.schemas).reverse()) };
    expect(emitTypes(b)).toEqual(emitTypes(a));
    expect(resolveTypeNames(b)).toEqual(resolveTypeNames(a));
  });
});
