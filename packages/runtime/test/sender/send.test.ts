/** `send` and the sender's lifecycle: validation first, fan-out, idempotency, limits, hooks, logs, close. */
import { describe, expect, it } from 'vitest';
import { InvalidPayloadError, UnknownEventError } from '../../src/events/index.js';
import { createMemoryQueue } from '../../src/queue/index.js';
import {
  InvalidEndpointError,
  InvalidSenderOptionError,
  PayloadTooLargeError,
  SenderClosedError,
} from '../../src/sender/node.js';
import { SECRET } from './support/contract.js';
import { waitFor } from './support/fake-clock.js';
import { useLoopback } from './support/loopback.js';
import { recordingSender } from './support/recording-sender.js';

const loop = useLoopback();

const start = (extra = {}) => {
  loop.run = recordingSender({
    endpoints: [
      { id: 'ep_orders', url: `${loop.server.origin}/orders`, secret: SECRET, events: ['order.created@1'] },
      {
        id: 'ep_all',
        url: `${loop.server.origin}/all`,
        secret: SECRET,
        headers: { Authorization: 'Bearer t' },
      },
      { id: 'ep_off', url: `${loop.server.origin}/off`, secret: SECRET, enabled: false },
    ],
    ...extra,
  });
  return loop.run;
};

describe('send', () => {
  it('validates before queueing: InvalidPayloadError lists JSON-pointer issues, nothing is stored', async () => {
    const { sender } = start();
    // @ts-expect-error total is missing: refused by the types and at loop.run time
    const error = await sender.send('order.created', { id: 'o1' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidPayloadError);
    expect((error as InvalidPayloadError).issues).toEqual([
      { pointer: '/total', keyword: 'required', message: 'must have number property total' },
    ]);
    // @ts-expect-error not an event of the contract
    await expect(sender.send('order.deleted', {})).rejects.toBeInstanceOf(UnknownEventError);
    expect(await sender.queue.stats()).toEqual({ pending: 0, leased: 0, dead: 0 });
  });

  it('resolves with the message id and fans out to subscribed, enabled endpoints', async () => {
    const { sender, delivered } = start();
    const latest = await sender.send('order.created', { id: 'o1', total: 2 });
    const legacy = await sender.send('order.created@1', { id: 'o1' });
    expect(latest).toMatch(/^msg_[0-9A-Za-z]{24}$/);
    await waitFor(() => delivered.length === 3, 'three deliveries');
    const seen = loop.server.seen.map((r) => `${r.path} ${r.id} ${JSON.parse(r.body).version}`).sort();
    expect(seen).toEqual([`/all ${latest} 2`, `/all ${legacy} 1`, `/orders ${legacy} 1`].sort());
    const all = loop.server.seen.find((r) => r.path === '/all');
    expect(all?.headers).toMatchObject({ authorization: 'Bearer t', 'content-type': 'application/json' });
    expect(all?.headers['user-agent']).toMatch(/^Hookwright/);
  });

  it('an idempotency key makes a repeated send return the first id and send nothing more', async () => {
    const { sender, delivered } = start();
    const first = await sender.send('invoice.paid', { invoice: 'in_1' }, { idempotencyKey: 'invoice-in_1' });
    const again = await sender.send('invoice.paid', { invoice: 'in_1' }, { idempotencyKey: 'invoice-in_1' });
    expect(again).toBe(first);
    await waitFor(() => delivered.length === 1, 'one delivery');
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(loop.server.seen.map((r) => r.id)).toEqual([first]);
  });

  it('refuses a body over maxPayloadBytes before queueing', async () => {
    const { sender } = start({ maxPayloadBytes: 1024 });
    const error = await sender.send('invoice.paid', { invoice: 'é'.repeat(600) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PayloadTooLargeError);
    expect(error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', limit: 1024 });
    expect((error as PayloadTooLargeError).bytes).toBeGreaterThan(1200);
    await expect(sender.send('invoice.paid', { invoice: 'é'.repeat(400) })).resolves.toMatch(/^msg_/);
  });

  it('logs one structured line per attempt, without the URL query or the secret', async () => {
    loop.server.on('/all', (_r, n) => (n === 1 ? { status: 503 } : { status: 204 }));
    const { sender, logs, delivered } = start({ schedule: [0, 10], jitter: 0 });
    await sender.send('invoice.paid', { invoice: 'in_1' });
    await waitFor(() => delivered.length === 1, 'delivery');
    const lines = logs.filter((l) => l.msg === 'webhook attempt');
    expect(lines.map((l) => [l.level, l.attempt, l.outcome, l.status, l.endpointId])).toEqual([
      ['warn', 1, 'retry', 503, 'ep_all'],
      ['info', 2, 'delivered', 204, 'ep_all'],
    ]);
    expect(lines[0]).toMatchObject({ url: `${loop.server.origin}/all`, eventId: 'invoice.paid@1' });
    expect(typeof lines[0]?.nextAttemptAt).toBe('string');
    expect(JSON.stringify(logs)).not.toContain(SECRET.slice(6));
  });

  it('a throwing hook or logger never stops deliveries', async () => {
    loop.run = recordingSender({
      endpoints: [{ id: 'ep_1', url: `${loop.server.origin}/x`, secret: SECRET }],
      hooks: {
        attempt: () => {
          throw new Error('hook bug');
        },
      },
      logger: () => {
        throw new Error('logger bug');
      },
    });
    await loop.run.sender.send('invoice.paid', { invoice: 'in_1' });
    await loop.run.sender.send('invoice.paid', { invoice: 'in_2' });
    await waitFor(() => loop.server.seen.length === 2, 'both deliveries');
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(await loop.run.sender.queue.stats()).toEqual({ pending: 0, leased: 0, dead: 0 });
  });

  it('close() drains attempts in flight, closes the queue, and refuses later sends', async () => {
    loop.server.on('/all', async () => {
      await new Promise((resolve) => setTimeout(resolve, 80));
      return { status: 204 };
    });
    const { sender, delivered } = start();
    await sender.send('invoice.paid', { invoice: 'in_1' });
    await waitFor(() => loop.server.seen.length === 1, 'the attempt to start');
    await sender.close();
    expect(delivered).toHaveLength(1);
    await expect(sender.send('invoice.paid', { invoice: 'in_2' })).rejects.toBeInstanceOf(SenderClosedError);
    await expect(sender.queue.stats()).rejects.toMatchObject({ code: 'QUEUE_CLOSED' });
  });

  it('close() gives up on attempts still in flight after closeTimeoutMs', async () => {
    loop.server.on('/all', () => ({ fault: 'hang' }));
    const { sender, logs } = start({ closeTimeoutMs: 50 });
    await sender.send('invoice.paid', { invoice: 'in_1' });
    await waitFor(() => loop.server.seen.length === 1, 'the attempt to start');
    const started = Date.now();
    await sender.close();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(logs.some((l) => l.msg.startsWith('closed with attempts still in flight'))).toBe(true);
  });

  it('a disabled endpoint gets nothing new, and what is queued for it is dead-lettered until enabled', async () => {
    const queue = createMemoryQueue();
    const { sender, dead, delivered } = start({ queue });
    await sender.endpoints.disable('ep_all', 'customer asked');
    await sender.send('invoice.paid', { invoice: 'in_1' });
    expect(await queue.stats()).toEqual({ pending: 0, leased: 0, dead: 0 });
    // Queued before the disable (by another worker, say): dead-lettered without an attempt.
    await queue.enqueue({
      messageId: 'msg_old',
      eventId: 'invoice.paid@1',
      body: '{}',
      createdAt: 0,
      firstAttemptAt: 0,
      endpointIds: ['ep_all'],
    });
    await sender.deadLetters.replay([]); // wakes the loop
    await waitFor(() => dead.length === 1, 'the dead letter');
    expect(dead[0]?.reason).toBe('endpoint "ep_all" is disabled (customer asked)');
    expect(dead[0]?.delivery.attempts).toEqual([]);
    await sender.endpoints.enable('ep_all');
    expect(await sender.deadLetters.replay('msg_old')).toBe(1);
    await waitFor(() => delivered.length === 1, 'the replayed delivery');
  });
});

describe('configuration errors name the endpoint and the fix', () => {
  const make =
    (endpoints: unknown[], extra = {}) =>
    () =>
      recordingSender({ endpoints: endpoints as never, ...extra });
  it.each([
    [[{ id: '', url: 'https://a.example/', secret: SECRET }], /non-empty string id/],
    [
      [
        { id: 'a', url: 'https://a.example/', secret: SECRET },
        { id: 'a', url: 'https://b.example/', secret: SECRET },
      ],
      /used twice/,
    ],
    [
      [{ id: 'a', url: 'a.example/hook', secret: SECRET }],
      /endpoint "a": url "a.example\/hook" is not an absolute URL/,
    ],
    [[{ id: 'a', url: 'ftp://a.example/', secret: SECRET }], /must be http:\/\/ or https:\/\//],
    [[{ id: 'a', url: 'https://a.example/', secret: 'whsec_!!' }], /endpoint "a": /],
    [
      [{ id: 'a', url: 'https://a.example/', secret: SECRET, events: ['order.shipped'] }],
      /unknown event "order.shipped" in events/,
    ],
  ])('%j', (endpoints, message) => {
    expect(make(endpoints)).toThrow(InvalidEndpointError);
    expect(make(endpoints)).toThrow(message);
  });

  it.each([{ timeoutMs: 0 }, { concurrency: -1 }, { maxPayloadBytes: Number.NaN }])('%j', (extra) => {
    expect(make([], extra)).toThrow(InvalidSenderOptionError);
  });
});
