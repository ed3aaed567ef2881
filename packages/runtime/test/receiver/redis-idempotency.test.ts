/**
 * The Redis idempotency store against a real `redis-server` (started on loopback by the shared test
 * helper): the exported conformance suite, two receiver instances sharing one Redis over real HTTP,
 * and a late release that must not drop another instance's claim.
 */
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedis, type TestRedis } from '../../../queue-bullmq/test/support/redis-server.js';
import {
  createReceiver,
  createRedisIdempotencyStore,
  runIdempotencyStoreConformance,
} from '../../src/receiver/node.js';
import { secret, type TestEventMap, table } from './support/contract.js';
import { signed, validOrder } from './support/requests.js';
import { type Served, serveWith } from './support/servers.js';

let server: TestRedis;
const clients: Redis[] = [];
const connect = () => {
  const client = new Redis({ host: server.host, port: server.port, maxRetriesPerRequest: 1 });
  clients.push(client);
  return client;
};
let prefixes = 0;
/** A key space of its own per store, so checks and tests never see each other's ids. */
const freshPrefix = () => `test:${process.pid}:${prefixes++}:`;

beforeAll(async () => {
  server = await startRedis();
}, 30_000);
afterAll(async () => {
  await Promise.all(clients.map((client) => client.quit()));
  await server.stop();
});

runIdempotencyStoreConformance({ describe, it }, 'redis store', () =>
  createRedisIdempotencyStore(connect(), { prefix: freshPrefix() }),
);

describe('two receiver instances sharing one Redis', () => {
  const served: Served[] = [];
  afterAll(() => Promise.all(served.map((s) => s.close())));

  async function instances(handler: () => Promise<void>): Promise<string[]> {
    const prefix = freshPrefix();
    const urls: string[] = [];
    for (let i = 0; i < 2; i++) {
      const store = createRedisIdempotencyStore(connect(), { prefix });
      const receiver = createReceiver<TestEventMap>(table, { secret, idempotency: { store } });
      receiver.on('order.created@2', handler);
      const one = await serveWith('node', receiver as never);
      served.push(one);
      urls.push(one.url);
    }
    return urls;
  }

  const post = (url: string, request: ReturnType<typeof signed>) =>
    fetch(url, { method: 'POST', headers: request.headers, body: request.body }).then((r) => r.status);

  it('run the handler once for 50 concurrent copies split between them', async () => {
    let runs = 0;
    const urls = await instances(async () => {
      runs++;
      await new Promise((resolve) => setTimeout(resolve, 100));
    });
    const request = signed(validOrder());
    const statuses = await Promise.all(Array.from({ length: 50 }, (_, i) => post(urls[i % 2]!, request)));
    expect(runs).toBe(1);
    expect(statuses.filter((status) => status === 204)).toHaveLength(1);
    expect(statuses.filter((status) => status === 429)).toHaveLength(49);
    // Processed: each instance acknowledges later copies without running the handler.
    expect(await post(urls[0]!, request)).toBe(204);
    expect(await post(urls[1]!, request)).toBe(204);
    expect(runs).toBe(1);
  });

  it('let the other instance run a message whose handler failed on the first', async () => {
    let runs = 0;
    const urls = await instances(async () => {
      runs++;
      if (runs === 1) throw new Error('first attempt fails');
    });
    const request = signed(validOrder());
    expect(await post(urls[0]!, request)).toBe(500);
    expect(await post(urls[1]!, request)).toBe(204);
    expect(await post(urls[0]!, request)).toBe(204);
    expect(runs).toBe(2);
  });
});

describe('redis store leases', () => {
  it("a release after the lease lapsed leaves another instance's claim in place", async () => {
    const prefix = freshPrefix();
    const first = createRedisIdempotencyStore(connect(), { prefix });
    const second = createRedisIdempotencyStore(connect(), { prefix });
    expect(await first.claim('id', 50)).toBe('claimed');
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(await second.claim('id', 10_000)).toBe('claimed');
    await first.release('id');
    expect(await first.claim('id', 10_000)).toBe('in-progress');
  });
});
