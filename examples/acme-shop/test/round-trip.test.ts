import { sign } from '@hookwright/runtime/signing';
import { createWebhook } from 'acme-shop-sender';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ReceiverServer, startReceiver } from '../src/receiver-server.js';
import { roundTrip } from '../src/round-trip.js';
import { orderCreated } from '../src/sample-events.js';

const secret = 'whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD';

describe('generated sender -> generated receiver over loopback', () => {
  it('delivers every sample event intact', async () => {
    const lines: string[] = [];
    expect(await roundTrip((line) => lines.push(line))).toBe(true);
    expect(lines.at(-1)).toBe('received 3 events intact');
  });
});

describe('receiver answers', () => {
  let receiver: ReceiverServer;
  beforeAll(async () => {
    receiver = await startReceiver(secret);
  });
  afterAll(() => receiver.close());

  const post = (headers: Record<string, string>, body: string) =>
    fetch(receiver.url, { method: 'POST', headers, body });

  /** A correctly signed request whose body we choose, to reach the steps after verification. */
  const signed = async (body: string) => ({
    body,
    headers: { 'content-type': 'application/json', ...(await sign({ secret, id: 'msg_test', body })) },
  });

  it('401 when a byte of the body changed after signing', async () => {
    const request = await createWebhook('order.created', orderCreated, { secret });
    const response = await post(request.headers, request.body.replace('Jane', 'Joan'));
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: 'NO_MATCHING_SIGNATURE' } });
  });

  it('401 with another secret', async () => {
    const request = await createWebhook('order.created', orderCreated, {
      secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    });
    expect((await post(request.headers, request.body)).status).toBe(401);
  });

  it('400 naming the missing header', async () => {
    const response = await post({ 'content-type': 'application/json' }, '{}');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'MISSING_HEADER' } });
  });

  it('422 with JSON pointers when signed data breaks the schema', async () => {
    const envelope = {
      type: 'order.created',
      version: 2,
      timestamp: '2026-01-01T00:00:00Z',
      data: { ...orderCreated, status: 'lost' },
    };
    const request = await signed(JSON.stringify(envelope));
    const response = await post(request.headers, request.body);
    expect(response.status).toBe(422);
    const body = (await response.json()) as {
      error: { code: string; issues: { pointer: string; keyword: string }[] };
    };
    expect(body.error.code).toBe('INVALID_PAYLOAD');
    expect(body.error.issues).toContainEqual(
      expect.objectContaining({ pointer: '/status', keyword: 'enum' }),
    );
  });

  it('400 for a signed body that is not an envelope', async () => {
    const request = await signed('{"hello":"world"}');
    const response = await post(request.headers, request.body);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'INVALID_ENVELOPE' } });
  });

  it('2xx without handling for an event type the contract does not know', async () => {
    const before = receiver.received.length;
    const request = await signed(
      JSON.stringify({ type: 'order.teleported', version: 1, timestamp: '2026-01-01T00:00:00Z', data: {} }),
    );
    expect((await post(request.headers, request.body)).status).toBe(204);
    expect(receiver.received.length).toBe(before);
  });

  it('405 for GET', async () => {
    expect((await fetch(receiver.url)).status).toBe(405);
  });
});
