/**
 * Message headers (an event's AsyncAPI `headers` schema) in the receiver and `constructEvent`: checked
 * after the signature and the payload, names matched case-insensitively onto the schema's spelling,
 * 422 `INVALID_HEADERS` with pointers into the headers, typed `event.headers` for handlers.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  createEventTable,
  InvalidHeadersError,
  type PayloadCheck,
  type PayloadIssue,
} from '../../src/events/index.js';
import { createMemoryQueue } from '../../src/queue/index.js';
import { createEventApi, createReceiver, PIPELINE_STEPS, RECEIVER_STATUS } from '../../src/receiver/node.js';
import { bindWebhooks, createSender } from '../../src/sender/node.js';
import { createFakeClock } from '../sender/support/fake-clock.js';

interface EventMap {
  'order.created@1': { id: string };
  'order.deleted@1': { id: string };
}
interface LatestVersions {
  'order.created': 1;
  'order.deleted': 1;
}
interface OrderCreatedHeaders {
  'X-Request-Id': string;
  'X-Priority'?: 'low' | 'high';
}
interface EventHeadersMap {
  'order.created@1': OrderCreatedHeaders;
}

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const hasId = (data: unknown): PayloadCheck =>
  typeof (data as { id?: unknown } | null)?.id === 'string'
    ? { valid: true }
    : { valid: false, issues: [{ pointer: '/id', keyword: 'required', message: 'must have id' }] };

/** What the compiler's header validator does for the schema behind `OrderCreatedHeaders`. */
function validateHeaders(value: unknown): PayloadCheck {
  const headers = value as Record<string, unknown>;
  const issues: PayloadIssue[] = [];
  const id = headers['X-Request-Id'];
  if (id === undefined)
    issues.push({ pointer: '/X-Request-Id', keyword: 'required', message: 'is required' });
  else if (typeof id !== 'string' || !/^req_[a-z0-9]+$/.test(id))
    issues.push({ pointer: '/X-Request-Id', keyword: 'pattern', message: 'must match "^req_[a-z0-9]+$"' });
  const priority = headers['X-Priority'];
  if (priority !== undefined && priority !== 'low' && priority !== 'high')
    issues.push({ pointer: '/X-Priority', keyword: 'enum', message: 'must be low or high' });
  return issues.length === 0 ? { valid: true } : { valid: false, issues };
}

const HEADERS = { names: ['X-Priority', 'X-Request-Id'], validate: validateHeaders };
const table = createEventTable([
  { type: 'order.created', version: 1, deprecated: false, validate: hasId, headers: HEADERS },
  { type: 'order.deleted', version: 1, deprecated: false, validate: hasId },
]);
// A sender that knows nothing of the header schema (an older contract, another implementation): it
// signs whatever headers a test adds, valid or not.
const { createWebhook: signAnything } = bindWebhooks<EventMap, LatestVersions>(
  createEventTable([...table.definitions.values()].map(({ headers: _, ...rest }) => rest)),
);

/** A signed request for `type`, with `extra` headers on top. */
async function request(type: 'order.created' | 'order.deleted', extra: Record<string, string> = {}) {
  const signed = await signAnything(type, { id: 'o_1' }, { secret: SECRET, id: 'msg_1' });
  return { body: signed.body, headers: { ...signed.headers, ...extra } };
}

function receiverWithLog() {
  const receiver = createReceiver<EventMap, EventHeadersMap>(table, { secret: SECRET, idempotency: false });
  const seen: Array<Record<string, string>> = [];
  receiver.on('order.created', (event) => {
    expectTypeOf(event.headers['X-Request-Id']).toEqualTypeOf<string>();
    expectTypeOf(event.headers['X-Priority']).toEqualTypeOf<'low' | 'high' | undefined>();
    expectTypeOf(event.headers.get).toEqualTypeOf<(name: string) => string | undefined>();
    seen.push({ ...event.headers, get: String(event.headers.get('X-REQUEST-ID')) });
  });
  receiver.on('order.deleted', (event) => {
    // @ts-expect-error order.deleted describes no headers: only get() is typed
    void event.headers['X-Request-Id'];
    seen.push({ keys: Object.keys(event.headers).join(','), get: String(event.headers.get('x-request-id')) });
  });
  const post = async (headers: Record<string, string> | Headers, body: string) => {
    const response = await receiver.handle({ method: 'POST', headers, body });
    return { status: response.status, error: response.body && JSON.parse(response.body).error };
  };
  return { post, seen };
}

describe('message headers in the receiver', () => {
  it('has its own row in the status table: 422, after the payload', () => {
    expect(RECEIVER_STATUS.INVALID_HEADERS).toBe(422);
    const rows = PIPELINE_STEPS.map((row) => Object.keys(row.outcomes)[0]);
    expect(rows.indexOf('INVALID_HEADERS')).toBe(rows.indexOf('INVALID_PAYLOAD') + 1);
  });

  it('hands the handler the headers in the schema spelling, the others lower-cased, none lost', async () => {
    const { post, seen } = receiverWithLog();
    const { body, headers } = await request('order.created', {
      'x-request-id': 'req_abc',
      'x-priority': 'high',
      'x-trace': 't1',
    });
    expect(await post(headers, body)).toEqual({ status: 204, error: null });
    expect(seen[0]).toMatchObject({
      'X-Request-Id': 'req_abc',
      'X-Priority': 'high',
      'x-trace': 't1',
      'webhook-id': 'msg_1',
      get: 'req_abc',
    });
    expect(seen[0]).not.toHaveProperty('x-request-id');
  });

  it('matches names case-insensitively in records and Fetch Headers', async () => {
    const { post, seen } = receiverWithLog();
    const mixed = await request('order.created', { 'X-REQUEST-ID': 'req_rec' });
    expect((await post(mixed.headers, mixed.body)).status).toBe(204);
    const fetched = await request('order.created', { 'X-Request-Id': 'req_fetch' });
    expect((await post(new Headers(fetched.headers), fetched.body)).status).toBe(204);
    expect(seen.map((headers) => headers['X-Request-Id'])).toEqual(['req_rec', 'req_fetch']);
  });

  it.each([
    ['missing', {}, '/X-Request-Id', 'required'],
    ['breaking the pattern', { 'x-request-id': 'REQ-1' }, '/X-Request-Id', 'pattern'],
    ['outside the enum', { 'x-request-id': 'req_1', 'x-priority': 'urgent' }, '/X-Priority', 'enum'],
  ])('answers 422 INVALID_HEADERS with a pointer for a header %s', async (_what, extra, pointer, keyword) => {
    const { post, seen } = receiverWithLog();
    const { body, headers } = await request('order.created', extra);
    const answer = await post(headers, body);
    expect(answer).toEqual({
      status: 422,
      error: {
        code: 'INVALID_HEADERS',
        message: expect.stringContaining(`invalid headers for order.created@1 at ${pointer}`),
        issues: [expect.objectContaining({ pointer, keyword })],
      },
    });
    expect(seen).toEqual([]);
  });

  it('checks the signature first, and leaves events without a header schema alone', async () => {
    const { post, seen } = receiverWithLog();
    const forged = await request('order.created');
    forged.headers['webhook-signature'] = 'v1,AAAA';
    expect((await post(forged.headers, forged.body)).status).toBe(401);
    const deleted = await request('order.deleted', { 'x-request-id': 'anything' });
    expect((await post(deleted.headers, deleted.body)).status).toBe(204);
    expect(seen).toEqual([{ keys: 'get', get: 'anything' }]);
  });

  it('stores a header named __proto__ as an ordinary header', async () => {
    const { post, seen } = receiverWithLog();
    const { body, headers } = await request('order.created', { 'x-request-id': 'req_p' });
    // JSON.parse makes `__proto__` an own property, as a header record parsed from JSON would have it.
    const withProto = { ...headers, ...JSON.parse('{"__proto__":"x"}') };
    expect((await post(withProto, body)).status).toBe(204);
    expect(Object.getPrototypeOf(seen[0])).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(seen[0], '__proto__')?.value).toBe('x');
  });
});

describe('message headers in constructEvent', () => {
  const api = createEventApi<EventMap, EventHeadersMap>(table);

  it('returns the event with its delivery id and typed headers', async () => {
    const { body, headers } = await request('order.created', { 'x-request-id': 'req_ok' });
    const event = await api.constructEvent(body, headers, { secret: SECRET });
    expect(event).toMatchObject({ id: 'msg_1', type: 'order.created', version: 1, data: { id: 'o_1' } });
    if (event.type === 'order.created') {
      expectTypeOf(event.headers['X-Request-Id']).toEqualTypeOf<string>();
      expect(event.headers['X-Request-Id']).toBe('req_ok');
    }
    expect(event.headers.get('Webhook-Id')).toBe('msg_1');
  });

  it('throws InvalidHeadersError with the issues', async () => {
    const { body, headers } = await request('order.created', { 'x-request-id': 'nope' });
    const error = await api.constructEvent(body, headers, { secret: SECRET }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidHeadersError);
    expect(error).toMatchObject({ code: 'INVALID_HEADERS', eventId: 'order.created@1' });
    expect((error as InvalidHeadersError).issues.map((issue) => issue.pointer)).toEqual(['/X-Request-Id']);
  });

  it('parseEvent checks headers only when it is given them', async () => {
    const { body } = await request('order.created');
    expect(api.parseEvent(body)).toMatchObject({ type: 'order.created' });
    expect(() => api.parseEvent(body, { 'x-request-id': 'bad' })).toThrow(InvalidHeadersError);
  });
});

describe('message headers in the sender', () => {
  const { createWebhook } = bindWebhooks<EventMap, LatestVersions, EventHeadersMap>(table);

  it('createWebhook sends them lower-cased, and its own receiver accepts them', async () => {
    const signed = await createWebhook(
      'order.created',
      { id: 'o_2' },
      { secret: SECRET, headers: { 'X-Request-Id': 'req_sent', 'X-Priority': 'low' } },
    );
    expect(signed.headers).toMatchObject({ 'x-request-id': 'req_sent', 'x-priority': 'low' });
    const { post, seen } = receiverWithLog();
    expect((await post(signed.headers, signed.body)).status).toBe(204);
    expect(seen[0]).toMatchObject({ 'X-Request-Id': 'req_sent', 'X-Priority': 'low' });
  });

  it('refuses headers the schema refuses (none given included), before signing', async () => {
    await expect(createWebhook('order.created', { id: 'o_3' }, { secret: SECRET })).rejects.toThrow(
      InvalidHeadersError,
    );
    await expect(
      createWebhook('order.created', { id: 'o_3' }, { secret: SECRET, headers: { 'X-Request-Id': 'REQ' } }),
    ).rejects.toThrow(/invalid headers for order.created@1 at \/X-Request-Id/);
    const urgent = { 'X-Request-Id': 'req_1', 'X-Priority': 'urgent' } as const;
    // @ts-expect-error X-Priority is 'low' | 'high'
    const refused = createWebhook('order.created', { id: 'o_3' }, { secret: SECRET, headers: urgent });
    await expect(refused).rejects.toThrow(/at \/X-Priority/);
  });

  it('passes any headers through for events without a header schema, and refuses what HTTP cannot carry', async () => {
    const signed = await createWebhook(
      'order.deleted',
      { id: 'o_4' },
      { secret: SECRET, headers: { 'X-Tenant': 't1' } },
    );
    expect(signed.headers['x-tenant']).toBe('t1');
    await expect(
      createWebhook(
        'order.deleted',
        { id: 'o_4' },
        { secret: SECRET, headers: { 'x-bad': 'a\r\nx-injected: 1' } },
      ),
    ).rejects.toThrow(/single-line strings/);
  });

  it('send() validates them before queueing and the queued message carries them', async () => {
    const clock = createFakeClock();
    const sender = createSender<EventMap, LatestVersions, EventHeadersMap>(table, {
      endpoints: [{ id: 'ep_1', url: 'https://receiver.example/hooks', secret: SECRET }],
      queue: createMemoryQueue({ now: () => clock.now() }),
      schedule: [60_000],
      clock,
      logger: false,
    });
    try {
      await expect(sender.send('order.created', { id: 'o_5' })).rejects.toThrow(InvalidHeadersError);
      expect(await sender.queue.stats()).toEqual({ pending: 0, leased: 0, dead: 0 });
      await sender.send('order.created', { id: 'o_5' }, { headers: { 'X-Request-Id': 'req_q' } });
      const [queued] = (await sender.queue.list({ state: 'pending' })).items;
      expect(queued?.headers).toEqual({ 'x-request-id': 'req_q' });
    } finally {
      await sender.close();
    }
  });
});
