/**
 * The generated sender's queued delivery in Stripe's wire format, on loopback: `createSender` sends the
 * event object as the body with `Stripe-Signature: t=...,v1=...`; the first attempt meets a 503, the
 * retry a minute later is signed afresh and accepted by a receiver whose tolerance the first
 * signature no longer meets.
 */
import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createReceiver } from 'stripe-style-receiver';
import { createSender, type SenderOptions } from 'stripe-style-sender';
import { expect, it } from 'vitest';
import { invoicePaid, secret } from './fixtures.js';

const RETRY_AFTER_S = 60;

/** Real timers, and a skew the test moves: the retry is due as soon as the skew passes its delay. */
let skew = 0;
const now = () => Date.now() + skew;
const clock: NonNullable<SenderOptions['clock']> = {
  now,
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

const signedAt = (headers: IncomingHttpHeaders) =>
  Number(/^t=(\d+),/.exec(String(headers['stripe-signature']))?.[1]);

const until = async (condition: () => boolean, what: string) => {
  for (const start = Date.now(); !condition(); await new Promise((r) => setTimeout(r, 5))) {
    if (Date.now() - start > 5000) throw new Error(`timed out waiting for ${what}`);
  }
};

it('createSender delivers Stripe-shaped requests and re-signs the retry with a fresh timestamp', async () => {
  const handled: Array<{ id: string; type: string; amount: number }> = [];
  // A tolerance shorter than the retry delay: only a freshly signed retry can pass.
  const receiver = createReceiver({ secret, now, toleranceSeconds: RETRY_AFTER_S / 2 });
  receiver.on('invoice.paid', (event) => {
    handled.push({ id: event.id, type: event.type, amount: event.data.data.object.amount_paid });
  });
  const arrived: Array<{ headers: IncomingHttpHeaders; body: string }> = [];
  const server = createServer(async (request, response) => {
    const body = Buffer.concat(await request.toArray());
    arrived.push({ headers: request.headers, body: body.toString() });
    if (arrived.length === 1) return void response.writeHead(503).end();
    const answer = await receiver.handle({ method: request.method ?? '', headers: request.headers, body });
    response.writeHead(answer.status).end(answer.body ?? undefined);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/stripe`;
  let attempts = 0;
  let delivered = 0;
  const sender = createSender({
    endpoints: [{ id: 'app', url, secret }],
    schedule: [0, RETRY_AFTER_S * 1000],
    jitter: 0,
    clock,
    pollIntervalMs: 10,
    allowPrivateNetworks: true,
    logger: false,
    hooks: { attempt: () => void attempts++, delivered: () => void delivered++ },
  });
  try {
    await sender.send('invoice.paid', invoicePaid);
    await until(() => attempts === 1, 'the first attempt');
    skew += RETRY_AFTER_S * 1000;
    await until(() => delivered === 1, 'the retry to be delivered');

    const [first, retry] = arrived as [(typeof arrived)[0], (typeof arrived)[0]];
    expect(retry.body).toBe(first.body);
    expect(JSON.parse(retry.body)).toEqual(invoicePaid);
    const t = signedAt(retry.headers);
    expect(t - signedAt(first.headers)).toBeGreaterThanOrEqual(RETRY_AFTER_S);
    expect(t - signedAt(first.headers)).toBeLessThanOrEqual(RETRY_AFTER_S + 1);
    const mac = createHmac('sha256', secret).update(`${t}.${retry.body}`).digest('hex');
    expect(retry.headers['stripe-signature']).toBe(`t=${t},v1=${mac}`);
    expect(handled).toEqual([{ id: invoicePaid.id, type: 'invoice.paid', amount: 2000 }]);
    // The first attempt's signature, replayed now, is outside the tolerance.
    const replay = await receiver.handle({ method: 'POST', headers: first.headers, body: first.body });
    expect(JSON.parse(replay.body ?? '{}')).toMatchObject({ error: { code: 'TIMESTAMP_TOO_OLD' } });
  } finally {
    await sender.close();
    await new Promise<void>((done) => server.close(() => done()));
  }
});
