/**
 * Message headers typed as numbers or booleans (`type: integer` in the AsyncAPI headers schema): over
 * HTTP their value is text, read as that type before validating (the event table's `values`), so a
 * receiver accepts `X-Retry-Count: 3` and hands `3` to its handler, and a sender writes 3 as "3".
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  createEventTable,
  InvalidHeadersError,
  type PayloadCheck,
  type PayloadIssue,
} from '../../src/events/index.js';
import { readHeaderValue } from '../../src/events/message-headers.js';
import { createReceiver } from '../../src/receiver/node.js';
import { headersToSend } from '../../src/sender/message-headers.js';
import { bindWebhooks } from '../../src/sender/node.js';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

interface EventMap {
  'job.failed@1': object;
}
interface EventHeadersMap {
  'job.failed@1': { 'X-Retry-Count': number; 'X-Urgent'?: boolean };
}

/** What the compiler's validator does for `{ X-Retry-Count: {type: integer, minimum: 0}, X-Urgent: {type: boolean} }`. */
function validateHeaders(value: unknown): PayloadCheck {
  const headers = value as Record<string, unknown>;
  const issues: PayloadIssue[] = [];
  const count = headers['X-Retry-Count'];
  if (count === undefined)
    issues.push({ pointer: '/X-Retry-Count', keyword: 'required', message: 'is required' });
  else if (!Number.isInteger(count))
    issues.push({ pointer: '/X-Retry-Count', keyword: 'type', message: 'must be integer' });
  else if ((count as number) < 0)
    issues.push({ pointer: '/X-Retry-Count', keyword: 'minimum', message: 'must be >= 0' });
  const urgent = headers['X-Urgent'];
  if (urgent !== undefined && typeof urgent !== 'boolean')
    issues.push({ pointer: '/X-Urgent', keyword: 'type', message: 'must be boolean' });
  return issues.length === 0 ? { valid: true } : { valid: false, issues };
}

const table = createEventTable([
  {
    type: 'job.failed',
    version: 1,
    deprecated: false,
    validate: () => ({ valid: true }),
    headers: {
      names: ['X-Retry-Count', 'X-Urgent'],
      values: { 'X-Retry-Count': 'integer', 'X-Urgent': 'boolean' },
      validate: validateHeaders,
    },
  },
]);

describe('readHeaderValue', () => {
  it.each([
    ['3', 'integer', 3],
    ['-12', 'integer', -12],
    ['0', 'integer', 0],
    ['3.5', 'integer', '3.5'],
    ['03', 'integer', '03'],
    [' 3', 'integer', ' 3'],
    ['', 'integer', ''],
    ['9007199254740993', 'integer', '9007199254740993'],
    ['3.5', 'number', 3.5],
    ['-1e3', 'number', -1000],
    ['1.', 'number', '1.'],
    ['NaN', 'number', 'NaN'],
    ['0x10', 'number', '0x10'],
    ['true', 'boolean', true],
    ['false', 'boolean', false],
    ['TRUE', 'boolean', 'TRUE'],
    ['1', 'boolean', '1'],
  ] as const)('%j as %s is %j', (text, type, expected) => {
    expect(readHeaderValue(text, type)).toBe(expected);
  });
});

describe('headers typed as numbers and booleans', () => {
  const { createWebhook } = bindWebhooks<EventMap, { 'job.failed': 1 }>(
    createEventTable([...table.definitions.values()].map(({ headers: _, ...rest }) => rest)),
  );
  const signed = async (extra: Record<string, string>) => {
    const webhook = await createWebhook('job.failed', {}, { secret: SECRET, id: 'msg_1' });
    return { method: 'POST', headers: { ...webhook.headers, ...extra }, body: webhook.body };
  };

  it('a receiver reads them from the request text, and refuses text that is not one', async () => {
    const receiver = createReceiver<EventMap, EventHeadersMap>(table, { secret: SECRET, idempotency: false });
    const seen: unknown[] = [];
    receiver.on('job.failed', (event) => {
      expectTypeOf(event.headers['X-Retry-Count']).toEqualTypeOf<number>();
      seen.push({ ...event.headers });
    });
    const ok = await receiver.handle(await signed({ 'x-retry-count': '3', 'x-urgent': 'true' }));
    expect(ok.status).toBe(204);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ 'X-Retry-Count': 3, 'X-Urgent': true });
    const bad = await receiver.handle(await signed({ 'x-retry-count': '3.5' }));
    expect(bad.status).toBe(422);
    expect(JSON.parse(bad.body ?? '{}').error).toMatchObject({
      code: 'INVALID_HEADERS',
      issues: [{ pointer: '/X-Retry-Count', keyword: 'type' }],
    });
  });

  it('a sender checks the values it is given and writes them as text', () => {
    const given = { 'X-Retry-Count': 3, 'X-Urgent': false } as unknown as Record<string, string>;
    expect(headersToSend(table, 'job.failed@1', given)).toEqual({
      'x-retry-count': '3',
      'x-urgent': 'false',
    });
    expect(headersToSend(table, 'job.failed@1', { 'x-retry-count': '7' })).toEqual({ 'x-retry-count': '7' });
    expect(() =>
      headersToSend(table, 'job.failed@1', { 'X-Retry-Count': -1 } as unknown as Record<string, string>),
    ).toThrow(InvalidHeadersError);
  });
});
