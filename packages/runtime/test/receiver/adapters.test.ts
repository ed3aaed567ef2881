/**
 * Every row of the status table over real HTTP on loopback, through each adapter: node:http,
 * Express, Fastify, Hono (@hono/node-server) and Fetch (a real `Request` with a streamed body).
 */
import { createServer } from 'node:http';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReceiver } from '../../src/receiver/node.js';
import { secret, type TestEventMap, table } from './support/contract.js';
import { envelope, signed, tableCases, validOrder } from './support/requests.js';
import { type AdapterName, adapterNames, type Served, send, serveWith } from './support/servers.js';

const MAX_BODY = 4096;

/** Handlers whose behaviour the order id chooses: `fail-once:*` throws on its first run, `slow:*` waits. */
function testReceiver() {
  const runs: string[] = [];
  const failed = new Set<string>();
  const gates = new Map<string, () => void>();
  const receiver = createReceiver<TestEventMap>(table, {
    secret,
    maxBodyBytes: MAX_BODY,
    bodyTimeoutMs: 300,
  });
  receiver.on('order.created', async (event) => {
    const orderId = event.data.id;
    runs.push(orderId);
    if (orderId.startsWith('fail-once:') && !failed.has(orderId)) {
      failed.add(orderId);
      throw new Error('database unavailable');
    }
    if (orderId.startsWith('slow:')) await new Promise<void>((resolve) => gates.set(orderId, resolve));
  });
  return { receiver, runs, gates };
}

describe.each(adapterNames)('%s adapter', (adapter: AdapterName) => {
  const { receiver, runs, gates } = testReceiver();
  let served: Served;
  beforeAll(async () => {
    served = await serveWith(adapter, receiver as never);
  });
  afterAll(() => served.close());

  it.each(tableCases())('$name -> $status', async ({ request, status, code }) => {
    const response = await send(served.url, request());
    expect(response.status).toBe(status);
    if (code === undefined) {
      expect(response.body).toBe('');
      return;
    }
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    const body = JSON.parse(response.body) as { error: { code: string; message: string; issues?: unknown } };
    expect(body.error.code).toBe(code);
    expect(body.error.message).toEqual(expect.any(String));
    if (status === 405) expect(response.headers.allow).toBe('POST');
    if (status === 422)
      expect(body.error.issues).toEqual([{ pointer: '/total', keyword: 'type', message: 'must be number' }]);
  });

  it('413 for a declared length over the limit, without reading the body', async () => {
    const response = await send(served.url, signed(envelope('ping', 1, { note: 'x'.repeat(MAX_BODY) })));
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body).error.code).toBe('BODY_TOO_LARGE');
  });

  it('413 for a chunked body that grows past the limit', async () => {
    const request = signed(envelope('ping', 1, { note: 'x'.repeat(MAX_BODY * 4) }));
    const chunks = request.body.match(/[\s\S]{1,1024}/g) ?? [];
    const response = await send(served.url, request, { chunks, delayMs: 1 });
    expect(response.status).toBe(413);
  });

  it('408 for a body that trickles past bodyTimeoutMs', async () => {
    const request = signed(validOrder(`trickle:${adapter}`));
    const chunks = request.body.match(/[\s\S]{1,8}/g) ?? [];
    const started = Date.now();
    const response = await send(served.url, request, { chunks, delayMs: 60 });
    expect(response.status).toBe(408);
    expect(JSON.parse(response.body).error.code).toBe('BODY_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(runs).not.toContain(`trickle:${adapter}`);
  });

  it('a duplicate webhook-id gets 204 without running the handler again', async () => {
    const request = signed(validOrder(`dup:${adapter}`));
    expect((await send(served.url, request)).status).toBe(204);
    expect((await send(served.url, request)).status).toBe(204);
    expect(runs.filter((id) => id === `dup:${adapter}`)).toHaveLength(1);
  });

  it('a copy arriving while the first runs gets 429 with Retry-After', async () => {
    const orderId = `slow:${adapter}`;
    const request = signed(validOrder(orderId));
    const first = send(served.url, request);
    await expect.poll(() => gates.has(orderId)).toBe(true);
    const second = await send(served.url, request);
    expect(second.status).toBe(429);
    expect(second.headers['retry-after']).toBe('5');
    expect(JSON.parse(second.body).error.code).toBe('IN_PROGRESS');
    gates.get(orderId)?.();
    expect((await first).status).toBe(204);
    expect((await send(served.url, request)).status).toBe(204);
    expect(runs.filter((id) => id === orderId)).toHaveLength(1);
  });

  it('a handler that throws answers 500 and the retry runs it again', async () => {
    const orderId = `fail-once:${adapter}`;
    const request = signed(validOrder(orderId));
    const failed = await send(served.url, request);
    expect(failed.status).toBe(500);
    expect(JSON.parse(failed.body).error.code).toBe('HANDLER_FAILED');
    // The sender retries the same message with a fresh timestamp.
    const retry = signed(validOrder(orderId), { id: request.headers['webhook-id'] });
    expect((await send(served.url, retry)).status).toBe(204);
    expect(runs.filter((id) => id === orderId)).toHaveLength(2);
  });
});

describe('Express with a body parser in front', () => {
  const handled: string[] = [];
  const receiver = createReceiver<TestEventMap>(table, { secret }).on('order.created@2', (event) => {
    handled.push(event.data.id);
  });
  const errors: string[] = [];
  receiver.onError((error) => {
    errors.push(error.code);
  });
  let url: string;
  let close: () => void;
  beforeAll(async () => {
    const app = express();
    app.post('/raw', express.raw({ type: 'application/json' }), receiver.node);
    app.post('/parsed', express.json(), receiver.node);
    const server = createServer(app).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    close = () => {
      server.closeAllConnections();
      server.close();
    };
  });
  afterAll(() => close());

  it('uses the raw bytes express.raw() kept', async () => {
    expect((await send(`${url}/raw`, signed(validOrder('raw-1')))).status).toBe(204);
    expect(handled).toContain('raw-1');
  });

  it('fails with how to mount the route when express.json() consumed the body', async () => {
    const response = await send(`${url}/parsed`, signed(validOrder('parsed-1')));
    expect(response.status).toBe(500);
    const { error } = JSON.parse(response.body);
    expect(error.code).toBe('BODY_ALREADY_PARSED');
    expect(error.message).toContain("express.raw({ type: 'application/json' })");
    expect(handled).not.toContain('parsed-1');
    expect(errors).toContain('BODY_ALREADY_PARSED');
  });
});

describe('handle() without an adapter', () => {
  it('takes a body in memory and answers with plain data', async () => {
    const receiver = createReceiver<TestEventMap>(table, { secret });
    const request = signed(validOrder());
    expect(await receiver.handle({ ...request })).toEqual({ status: 204, headers: {}, body: null });
    expect((await receiver.handle({ ...request, body: new TextEncoder().encode(request.body) })).status).toBe(
      204,
    );
  });
});
