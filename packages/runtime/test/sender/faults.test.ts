/**
 * Delivery against a real loopback server that injects faults: how each answer is treated, what an
 * attempt records. Real clock, a schedule in milliseconds.
 */

import { describe, expect, it } from 'vitest';
import { createVerifier } from '../../src/signing/node.js';
import { SECRET } from './support/contract.js';
import { waitFor } from './support/fake-clock.js';
import { useLoopback } from './support/loopback.js';
import { recordingSender } from './support/recording-sender.js';

const loop = useLoopback();

/** A sender with one endpoint at `path` on the test loop.server and a fast schedule (3 attempts, 20 ms apart). */
const senderFor = (
  path: string,
  extra: Parameters<typeof recordingSender>[0] extends infer O ? Partial<O> : never = {},
) => {
  loop.run = recordingSender({
    endpoints: [{ id: 'ep_1', url: `${loop.server.origin}${path}`, secret: SECRET }],
    schedule: [0, 20, 20],
    jitter: 0,
    timeoutMs: 400,
    ...extra,
  });
  return loop.run;
};

describe('delivery faults', () => {
  it('2xx: delivered on the first attempt, acknowledged, gone from the queue', async () => {
    const { sender, delivered, logs } = senderFor('/ok');
    const id = await sender.send('order.created', { id: 'o1', total: 5 });
    await waitFor(() => delivered.length === 1, 'delivery');
    expect(delivered[0]?.attempt).toMatchObject({ outcome: 'delivered', status: 204 });
    expect(loop.server.seen.map((r) => r.id)).toEqual([id]);
    expect(await sender.queue.stats()).toEqual({ pending: 0, leased: 0, dead: 0 });
    expect(logs.filter((l) => l.msg === 'webhook attempt')).toHaveLength(1);
  });

  it('500 is retried with the same webhook-id and body, each attempt signed, then delivered', async () => {
    loop.server.on('/flaky', (_r, n) => (n <= 2 ? { status: 500, body: `boom ${n}` } : { status: 200 }));
    const { sender, attempts, delivered } = senderFor('/flaky');
    const id = await sender.send('order.created', { id: 'o1', total: 5 });
    await waitFor(() => delivered.length === 1, 'delivery after two 500s');
    expect(
      attempts.map((a) => [a.attemptNumber, a.attempt.outcome, a.attempt.status, a.attempt.responseBody]),
    ).toEqual([
      [1, 'retry', 500, 'boom 1'],
      [2, 'retry', 500, 'boom 2'],
      [3, 'delivered', 200, undefined],
    ]);
    expect(new Set(loop.server.seen.map((r) => r.id))).toEqual(new Set([id]));
    expect(new Set(loop.server.seen.map((r) => r.body)).size).toBe(1);
    // Fresh timestamps per attempt are checked on the fake clock (schedule.test.ts); here: every one verifies.
    const verifier = createVerifier({ secret: SECRET });
    for (const request of loop.server.seen)
      expect(verifier.verifySync(request.body, request.headers).id).toBe(id);
  });

  it('after the last attempt fails the delivery is dead-lettered with every attempt', async () => {
    loop.server.on('/down', () => ({ status: 503 }));
    const { sender, dead } = senderFor('/down');
    const id = await sender.send('invoice.paid', { invoice: 'in_1' });
    await waitFor(() => dead.length === 1, 'dead letter');
    expect(dead[0]?.reason).toBe('no attempts left after 3; the last one got HTTP 503');
    const { items } = await sender.deadLetters.list();
    expect(items.map((d) => [d.messageId, d.attemptCount, d.attempts.map((a) => a.status)])).toEqual([
      [id, 3, [503, 503, 503]],
    ]);
  });

  it('429 with Retry-After: the wait is honoured, clamped to the schedule bounds', async () => {
    loop.server.on('/limited', (_r, n) =>
      n === 1 ? { status: 429, headers: { 'retry-after': '3600' } } : { status: 204 },
    );
    const { sender, attempts, delivered } = senderFor('/limited', { schedule: [0, 50, 150] });
    await sender.send('invoice.paid', { invoice: 'in_1' });
    await waitFor(() => delivered.length === 1, 'delivery after 429');
    const first = attempts[0];
    expect(first?.attempt).toMatchObject({ outcome: 'retry', status: 429, retryAfterMs: 3_600_000 });
    // One hour asked, clamped to the schedule's largest delay (150 ms); no jitter on a Retry-After.
    // The retry is scheduled when the attempt has been settled, which on a loaded machine can be
    // some milliseconds after its end: the bound allows for that, an unclamped wait is an hour.
    const wait = (first?.nextAttemptAt ?? 0) - (first?.attempt.at ?? 0);
    expect(wait - (first?.attempt.durationMs ?? 0)).toBeLessThan(150 + 1_000);
    expect(wait).toBeGreaterThanOrEqual(150);
  });

  it('a timeout is a retried attempt with error TIMEOUT', async () => {
    loop.server.on('/slow', (_r, n) => (n === 1 ? { fault: 'hang' } : { status: 204 }));
    const { sender, attempts, delivered } = senderFor('/slow', { timeoutMs: 150 });
    await sender.send('invoice.paid', { invoice: 'in_1' });
    await waitFor(() => delivered.length === 1, 'delivery after a timeout');
    expect(attempts[0]?.attempt).toMatchObject({ outcome: 'retry', error: { code: 'TIMEOUT' } });
    expect(attempts[0]?.attempt.durationMs).toBeGreaterThanOrEqual(140);
  });

  it('a connection reset is a retried attempt with the network error code', async () => {
    loop.server.on('/reset', (_r, n) => (n === 1 ? { fault: 'reset' } : { status: 204 }));
    const { sender, attempts, delivered } = senderFor('/reset');
    await sender.send('invoice.paid', { invoice: 'in_1' });
    await waitFor(() => delivered.length === 1, 'delivery after a reset');
    expect(attempts[0]?.attempt).toMatchObject({ outcome: 'retry', error: { code: 'ECONNRESET' } });
  });

  it('410 disables the endpoint: hook fires, delivery dead-lettered, later sends skip it', async () => {
    loop.server.on('/gone', () => ({ status: 410 }));
    const { sender, dead, disabled } = senderFor('/gone');
    await sender.send('invoice.paid', { invoice: 'in_1' });
    await waitFor(() => dead.length === 1, 'dead letter after 410');
    expect(disabled).toEqual([
      expect.objectContaining({ endpoint: { id: 'ep_1', url: `${loop.server.origin}/gone` } }),
    ]);
    expect(dead[0]?.reason).toBe('endpoint answered 410 Gone and was disabled');
    expect(Object.keys(await sender.endpoints.disabled())).toEqual(['ep_1']);
    await sender.send('invoice.paid', { invoice: 'in_2' });
    expect(await sender.queue.stats()).toEqual({ pending: 0, leased: 0, dead: 1 });
    expect(loop.server.seen).toHaveLength(1);
  });

  it.each([301, 302])(
    '%i is a failed attempt; the Location is recorded and never followed',
    async (status) => {
      loop.server.on('/moved', () => ({ status, headers: { location: `${loop.server.origin}/elsewhere` } }));
      const { sender, dead } = senderFor('/moved');
      await sender.send('invoice.paid', { invoice: 'in_1' });
      await waitFor(() => dead.length === 1, 'dead letter after redirects');
      const attempts = dead[0]?.delivery.attempts ?? [];
      expect(dead[0]?.attempt).toMatchObject({
        outcome: 'retry',
        status,
        location: `${loop.server.origin}/elsewhere`,
      });
      expect(attempts.every((a) => a.location === `${loop.server.origin}/elsewhere`)).toBe(true);
      expect(loop.server.seen.filter((r) => r.path === '/elsewhere')).toEqual([]);
    },
  );

  it('a slow body: the status decides, the attempt ends at the timeout', async () => {
    loop.server.on('/trickle', () => ({ fault: 'slow-body', status: 200, chunkEveryMs: 20 }));
    const { sender, delivered } = senderFor('/trickle', { timeoutMs: 200 });
    await sender.send('invoice.paid', { invoice: 'in_1' });
    await waitFor(() => delivered.length === 1, 'delivery with a slow body');
    expect(delivered[0]?.attempt.status).toBe(200);
    expect(delivered[0]?.attempt.durationMs).toBeGreaterThanOrEqual(190);
    expect(delivered[0]?.attempt.responseBody).toMatch(/^ab+$/);
  });

  it('another 4xx fails without retry; retryStatuses makes it retried', async () => {
    loop.server.on('/bad', () => ({ status: 400, body: 'x'.repeat(5000) }));
    const { sender, dead, attempts } = senderFor('/bad');
    await sender.send('invoice.paid', { invoice: 'in_1' });
    await waitFor(() => dead.length === 1, 'dead letter after 400');
    expect(attempts).toHaveLength(1);
    expect(dead[0]?.reason).toBe('failed without retry: HTTP 400');
    expect(dead[0]?.attempt?.responseBody).toHaveLength(1024);
    await loop.run?.sender.close();

    loop.server.on('/missing', (_r, n) => (n === 1 ? { status: 404 } : { status: 204 }));
    const retried = senderFor('/missing', { retryStatuses: [404] });
    await retried.sender.send('invoice.paid', { invoice: 'in_1' });
    await waitFor(() => retried.delivered.length === 1, 'delivery after a retried 404');
    expect(retried.attempts.map((a) => a.attempt.status)).toEqual([404, 204]);
  });
});
