/**
 * Payload mode through `createSender`: the queued message keeps the provider's event headers, every
 * attempt is signed afresh with the contract's scheme, and the receiver on a loopback server accepts
 * the retry of a first attempt its front answered 503.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createMemoryQueue } from '../../src/queue/index.js';
import { createReceiver } from '../../src/receiver/node.js';
import { createSender } from '../../src/sender/node.js';
import { createFakeClock, waitFor } from '../sender/support/fake-clock.js';
import { payloadFor, SCHEMES, tableWith, type WireEventMap, type WireLatestVersions } from './contract.js';

const RETRY_AFTER_MS = 60_000;

/** The timestamp a scheme signs, from the signature headers of one request (undefined for github). */
function signedAt(headers: IncomingHttpHeaders): number | undefined {
  const stripe = /(?:^|,)t=(\d+)/.exec(String(headers['stripe-signature'] ?? ''));
  if (stripe) return Number(stripe[1]);
  return headers['webhook-timestamp'] === undefined ? undefined : Number(headers['webhook-timestamp']);
}

describe.each(SCHEMES)('createSender in payload mode, $name scheme', ({ name, wire, secret }) => {
  it('delivers what the provider sends, re-signing the retry with a fresh timestamp', async () => {
    const table = tableWith(wire);
    const clock = createFakeClock(Date.UTC(2026, 0, 1, 12));
    const receiver = createReceiver<WireEventMap>(table, { secret, now: () => clock.now() });
    const seen: Array<{ id: string; type: string; data: unknown }> = [];
    receiver.on('issues.opened', (event) => {
      seen.push({ id: event.id, type: event.type, data: event.data });
    });
    const arrived: Array<{ headers: IncomingHttpHeaders; body: string }> = [];
    let attempts = 0;
    // The first attempt meets a 503 before the receiver: the sender must come back, signed anew.
    const server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        arrived.push({ headers: request.headers, body: Buffer.concat(chunks).toString() });
        if (arrived.length === 1) response.writeHead(503).end();
        else receiver.node(Object.assign(request, { rawBody: Buffer.concat(chunks) }), response);
      });
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
    const sender = createSender<WireEventMap, WireLatestVersions>(table, {
      endpoints: [{ id: 'ep_1', url, secret }],
      queue: createMemoryQueue({ now: () => clock.now() }),
      schedule: [0, RETRY_AFTER_MS],
      jitter: 0,
      // Leases and polls longer than the retry delay: the only timer left is the retry's due time, so
      // one move of the fake clock fires it with the clock already there.
      leaseMs: 2 * RETRY_AFTER_MS,
      pollIntervalMs: 2 * RETRY_AFTER_MS,
      clock,
      allowPrivateNetworks: true,
      logger: false,
      hooks: { attempt: () => void attempts++ },
    });
    try {
      const data = payloadFor(name, { action: 'opened', issue: { number: 7 } }, 'issues.opened');
      const messageId = await sender.send('issues.opened', data as WireEventMap['issues.opened@1']);
      // Settled (nacked) first: the clock then moves past the retry's due time.
      await waitFor(() => attempts === 1, 'the first attempt to be settled');
      clock.advance(RETRY_AFTER_MS);
      await waitFor(() => seen.length === 1, 'the retry to reach the handler');

      const [first, retry] = arrived as [(typeof arrived)[0], (typeof arrived)[0]];
      expect(JSON.parse(retry.body)).toEqual(data);
      expect(retry.body).toBe(first.body);
      const eventHeaders = Object.keys(retry.headers).filter((h) => /^x-(github|event)-/.test(h));
      for (const header of eventHeaders) expect(retry.headers[header]).toBe(first.headers[header]);
      if (name === 'github') {
        expect(retry.headers).toMatchObject({ 'x-github-event': 'issues', 'x-github-delivery': messageId });
        expect(retry.headers['x-hub-signature-256']).toMatch(/^sha256=[0-9a-f]{64}$/);
      } else {
        expect((signedAt(retry.headers) ?? 0) - (signedAt(first.headers) ?? 0)).toBe(RETRY_AFTER_MS / 1000);
      }
      const id = name === 'stripe' ? 'evt_issues.opened' : messageId;
      expect(seen).toEqual([{ id, type: 'issues.opened', data }]);
    } finally {
      await sender.close();
      await new Promise<void>((done) => server.close(() => done()));
    }
  });
});
