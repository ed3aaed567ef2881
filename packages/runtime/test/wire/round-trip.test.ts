/**
 * Payload mode end to end: requests built by the sender helpers (`bindWebhooks`) go through the
 * receiver (`createReceiver`) and `constructEvent`, for all three signature schemes, on both back ends;
 * forged and altered requests are never accepted.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as nodeReceiver from '../../src/receiver/node.js';
import * as webReceiver from '../../src/receiver/web.js';
import * as nodeSender from '../../src/sender/node.js';
import * as webSender from '../../src/sender/web.js';
import {
  githubSecret,
  payloadFor,
  SCHEMES,
  tableWith,
  type WireEventMap,
  type WireLatestVersions,
} from './contract.js';

const BACK_ENDS = [
  { name: 'node', receiver: nodeReceiver, sender: nodeSender },
  { name: 'web', receiver: webReceiver, sender: webSender },
];

describe.each(BACK_ENDS)('$name back end', ({ receiver: r, sender: s }) => {
  describe.each(SCHEMES)('$name scheme', ({ name, wire, secret }) => {
    const table = tableWith(wire);
    const { createWebhook } = s.bindWebhooks<WireEventMap, WireLatestVersions>(table);

    it('delivers the provider-shaped request to the typed handler once', async () => {
      const receiver = r.createReceiver<WireEventMap>(table, { secret });
      const seen: Array<{ id: string; type: string; version: number; data: unknown }> = [];
      receiver.on('issues.opened', (event) => {
        seen.push({ id: event.id, type: event.type, version: event.version, data: event.data });
      });
      const data = payloadFor(name, { action: 'opened', issue: { number: 1 } }, 'issues.opened');
      const request = await createWebhook('issues.opened', data as WireEventMap['issues.opened@1'], {
        secret,
        id: 'delivery-1',
      });
      expect(JSON.parse(request.body)).toEqual(data);
      const response = await receiver.handle({
        method: 'POST',
        headers: request.headers,
        body: request.body,
      });
      expect(response.status).toBe(204);
      const again = await receiver.handle({ method: 'POST', headers: request.headers, body: request.body });
      expect(again.status).toBe(204);
      const id = name === 'stripe' ? 'evt_issues.opened' : 'delivery-1';
      expect(seen).toEqual([{ id, type: 'issues.opened', version: 1, data }]);
    });

    it('constructEvent verifies with the contract’s scheme and returns the payload as data', async () => {
      const data = payloadFor(name, { ref: 'refs/heads/main', after: 'abc' }, 'push');
      const request = await createWebhook('push', data as WireEventMap['push@2'], { secret });
      const api = r.createEventApi<WireEventMap>(table);
      const event = await api.constructEvent(request.body, request.headers, { secret });
      expect(event).toMatchObject({ type: 'push', version: 2, data });
      if (api.isEvent(event, 'push@2')) expect(event.data.after).toBe('abc');
      const wrong = name === 'standard' ? 'whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD' : `${secret}x`;
      await expect(api.constructEvent(request.body, request.headers, { secret: wrong })).rejects.toThrow(
        /signature/i,
      );
    });

    it('refuses data that does not name the event it is sent as', async () => {
      const data = payloadFor(name, { action: 'closed', issue: { number: 1 } }, 'issues.opened');
      await expect(
        createWebhook('issues.opened', data as unknown as WireEventMap['issues.opened@1'], { secret }),
      ).rejects.toThrow(/invalid data for issues.opened@1|does not name event type/);
    });

    it('never accepts an altered or forged request', async () => {
      const receiver = r.createReceiver<WireEventMap>(table, { secret, idempotency: false });
      let handled = 0;
      receiver.onAny(() => {
        handled++;
      });
      const data = payloadFor(name, { action: 'opened', issue: { number: 2 } }, 'issues.opened');
      const request = await createWebhook('issues.opened', data as WireEventMap['issues.opened@1'], {
        secret,
      });
      const bytes = new TextEncoder().encode(request.body);
      const signatureHeader = Object.keys(request.headers).find((h) =>
        ['x-hub-signature-256', 'stripe-signature', 'webhook-signature'].includes(h),
      ) as string;
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.record({ at: fc.nat(bytes.length - 1), xor: fc.integer({ min: 1, max: 255 }) }),
            fc.record({ forged: fc.string({ maxLength: 80 }) }),
          ),
          async (change) => {
            const body = bytes.slice();
            const headers = { ...request.headers };
            if ('at' in change) body[change.at] = (body[change.at] as number) ^ change.xor;
            else headers[signatureHeader] = change.forged;
            const response = await receiver.handle({ method: 'POST', headers, body });
            expect(response.status).toBeGreaterThanOrEqual(400);
          },
        ),
        { numRuns: 150 },
      );
      expect(handled).toBe(0);
    });
  });
});

describe('payload-mode receiver answers', () => {
  const wire = SCHEMES[0]!.wire;
  const table = tableWith(wire);
  const { createWebhook } = nodeSender.bindWebhooks<WireEventMap, WireLatestVersions>(table);
  const send = async (headers: Record<string, string>, body: unknown, onUnknown?: 'reject') => {
    const receiver = nodeReceiver.createReceiver<WireEventMap>(table, {
      secret: githubSecret,
      ...(onUnknown ? { onUnknown } : {}),
    });
    const request = await createWebhook('push', { ref: 'r', after: 'a' }, { secret: githubSecret });
    const text = JSON.stringify(body);
    const { createSigner } = await import('../../src/signing/node.js');
    const signed = createSigner({ secret: githubSecret, scheme: 'github' }).signSync({ body: text });
    return receiver.handle({
      method: 'POST',
      headers: { ...request.headers, ...signed, ...headers },
      body: text,
    });
  };

  it('unknown events: 204 by default, 400 with onUnknown reject', async () => {
    expect((await send({ 'x-github-event': 'issues' }, { action: 'edited' })).status).toBe(204);
    const rejected = await send({ 'x-github-event': 'issues' }, { action: 'edited' }, 'reject');
    expect(rejected.status).toBe(400);
    expect(JSON.parse(rejected.body ?? '')).toMatchObject({ error: { code: 'UNKNOWN_EVENT' } });
  });

  it('onUnknown handlers see the name read from the parts', async () => {
    const seen: string[] = [];
    const receiver = nodeReceiver.createReceiver<WireEventMap>(table, {
      secret: githubSecret,
      onUnknown: (event) => {
        seen.push(event.type);
      },
    });
    const { createSigner } = await import('../../src/signing/node.js');
    const body = JSON.stringify({ zen: 'Keep it simple' });
    const headers = {
      'content-type': 'application/json',
      'x-github-event': 'ping',
      ...createSigner({ secret: githubSecret, scheme: 'github' }).signSync({ body }),
    };
    expect((await receiver.handle({ method: 'POST', headers, body })).status).toBe(204);
    expect(seen).toEqual(['ping']);
  });

  it('a malformed part is a 400 naming it; an invalid payload a 422', async () => {
    const malformed = await send({ 'x-github-event': 'issues' }, { action: 7 });
    expect(malformed.status).toBe(400);
    expect(JSON.parse(malformed.body ?? '')).toMatchObject({
      error: { code: 'INVALID_ENVELOPE', message: expect.stringContaining('body:/action') },
    });
    const invalid = await send({ 'x-github-event': 'push' }, { ref: 1 });
    expect(invalid.status).toBe(422);
  });
});
