import { describe, expect, it } from 'vitest';
import { emitEventsModule } from '../../src/emit/packages/events-source.js';
import type { Contract } from '../../src/ir/contract.js';
import { contractOf, eventVersion } from '../helpers/contract-ir.js';
import { transpiled } from '../helpers/transpile.js';

const payload = { type: 'object' };
const headers = {
  type: 'object',
  required: ['X-Tenant'],
  properties: { 'X-Request-Id': { type: 'string' }, 'X-"Quoted"</script>': { type: 'string' } },
};

const cases: { name: string; contract: Contract }[] = [
  {
    name: 'plain events, one deprecated, several versions of a type',
    contract: contractOf({
      events: [
        eventVersion('order.created', 1, payload, { deprecated: true }),
        eventVersion('order.created', 2, payload),
        eventVersion('order.paid', 1, payload),
        eventVersion('a.b', 1, payload),
      ],
    }),
  },
  {
    name: 'events with headers, between events without',
    contract: contractOf({
      events: [
        eventVersion('order.created', 1, payload, { headers }),
        eventVersion('order.paid', 1, payload),
        eventVersion('order.shipped', 3, payload, { headers: { type: 'object' } }),
      ],
    }),
  },
  {
    name: 'a wire format with quotes and script tags in its strings',
    contract: contractOf({
      bodyMode: 'payload',
      wire: {
        eventType: ['header:x-event', 'body:/"a"</script>'],
        eventVersion: 'header:x-version',
        signature: 'github',
        deliveryId: 'header:x-delivery',
      },
      events: [eventVersion('push', 1, payload), eventVersion('issues.opened', 1, payload, { headers })],
    }),
  },
  {
    name: 'headers read as numbers and booleans (values), one through a $ref-free allOf member',
    contract: contractOf({
      events: [
        eventVersion('job.failed', 1, payload, {
          headers: {
            type: 'object',
            properties: { 'X-Retry-Count': { type: 'integer' }, 'X-"Odd"': { type: ['number', 'null'] } },
            allOf: [
              { properties: { 'X-Urgent': { type: 'boolean' }, 'X-Text': { type: ['string', 'integer'] } } },
            ],
          },
        }),
      ],
    }),
  },
  {
    name: 'an event type that needs escaping',
    contract: contractOf({ events: [eventVersion('we"ird\\type\u2028', 1, payload)] }),
  },
];

describe('emitEventsModule', () => {
  it('lists the headers typed as numbers or booleans, not those a string also satisfies', () => {
    const { source } = emitEventsModule(cases.find((c) => c.name.startsWith('headers read as'))!.contract);
    expect(source).toContain(
      'values: {"X-\\"Odd\\"":"number","X-Retry-Count":"integer","X-Urgent":"boolean"}, validate:',
    );
  });

  // The dist/ pair is written by hand; TypeScript compiling the source is what it must equal.
  it.each(cases)('writes dist/ exactly as TypeScript compiles src/: $name', ({ contract }) => {
    const { source, js, declaration } = emitEventsModule(contract);
    const compiled = transpiled('events.ts', source);
    expect(js).toBe(compiled.js);
    expect(declaration).toBe(compiled.declaration);
  });
});
