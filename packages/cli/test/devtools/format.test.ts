import type { DeliveryRecord, TriggerResult } from '@hookwright/compiler';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatDelivery, formatSummary } from '../../src/devtools/format-delivery.js';
import { formatExchange } from '../../src/devtools/format-exchange.js';

const ESC = String.fromCharCode(27);
const body = JSON.stringify({
  type: 'order.created',
  version: 2,
  data: { items: Array.from({ length: 30 }, (_, i) => ({ sku: `s${i}` })) },
});
const result: TriggerResult = {
  request: {
    url: 'http://127.0.0.1:4000/',
    method: 'POST',
    headers: { 'content-type': 'application/json', 'webhook-id': 'msg_1' },
    body,
    eventId: 'order.created@2',
  },
  response: {
    status: 422,
    headers: { 'content-type': 'application/json' },
    body: '{"error":{"code":"INVALID_PAYLOAD"}}',
  },
  durationMs: 12.34,
};

let noColor: string | undefined;
beforeEach(() => {
  noColor = process.env.NO_COLOR;
  delete process.env.NO_COLOR;
});
afterEach(() => {
  if (noColor === undefined) delete process.env.NO_COLOR;
  else process.env.NO_COLOR = noColor;
});

describe('trigger output', () => {
  it('prints the exact body and no escapes when stdout is not a terminal', () => {
    const text = formatExchange(result, 'order.created@2', false);
    expect(text).toContain(`\n${body}\n`);
    expect(text).toMatch(/^< 422 {2}12\.3 ms$/m);
    expect(text).not.toContain(ESC);
  });

  it('pretty-prints, truncates at 40 lines and colours on a terminal', () => {
    const text = formatExchange(result, 'order.created@2', true);
    expect(text).toContain('\n  "type": "order.created",\n');
    const shown = text.split('\n\n')[1]!.split('\n');
    expect(shown).toHaveLength(41);
    expect(shown.at(-1)).toMatch(/^\.\.\. \d+ more lines$/);
    expect(text).toContain(`${ESC}[31m`);
  });

  it('has no colour on a terminal when NO_COLOR is set', () => {
    process.env.NO_COLOR = '1';
    expect(formatExchange(result, 'order.created@2', true)).not.toContain(ESC);
  });
});

describe('listen output', () => {
  const rejected: DeliveryRecord = {
    id: 'msg_2',
    type: 'order.cancelled',
    version: 1,
    verdict: 'rejected',
    status: 422,
    code: 'INVALID_PAYLOAD',
    message: 'invalid data for order.cancelled@1',
    issues: [{ pointer: '/orderId', keyword: 'type', message: 'must be string' }],
  };

  it('prints verdict, status, event, id, reason and pointers', () => {
    const at = new Date('2026-01-02T03:04:05Z');
    expect(formatDelivery(rejected, at, false)).toBe(
      '03:04:05  rejected   422  order.cancelled@1  msg_2\n' +
        '    INVALID_PAYLOAD: invalid data for order.cancelled@1\n' +
        '    /orderId must be string\n',
    );
    expect(
      formatDelivery(
        { verdict: 'accepted', status: 204, forward: { status: 200, headers: {}, body: '', durationMs: 3 } },
        at,
        false,
      ),
    ).toBe('03:04:05  accepted   204  -  -\n    -> app answered 200 3.0 ms\n');
  });

  it('summarises rejections by code, sorted', () => {
    const summary = {
      received: 4,
      accepted: 1,
      duplicate: 1,
      unknown: 0,
      rejected: { TIMESTAMP_TOO_OLD: 1, INVALID_PAYLOAD: 1 },
    };
    expect(formatSummary(summary)).toBe(
      'received 4: accepted 1, duplicate 1, unknown 0, rejected 2 (INVALID_PAYLOAD 1, TIMESTAMP_TOO_OLD 1)\n',
    );
  });
});
