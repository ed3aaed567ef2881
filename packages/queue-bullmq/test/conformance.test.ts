import { createBullMQQueue } from '@hookwright/queue-bullmq';
import { queueConformanceChecks } from '@hookwright/runtime/queue/conformance';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedis, type TestRedis } from './support/redis-server.js';

let redis: TestRedis;
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await redis?.stop();
});

/** Deletes a store's BullMQ keys and the queue's own keys. */
async function cleanup(store: string) {
  const connection = { host: redis.host, port: redis.port, maxRetriesPerRequest: null };
  const queue = new Queue(store, { connection });
  await queue.obliterate({ force: true });
  await queue.close();
  const client = new Redis(connection);
  const keys = await client.keys(`bull:${store}:*`);
  if (keys.length > 0) await client.del(...keys);
  await client.quit();
}

describe('bullmq queue conformance (real clock: BullMQ keeps delays in real time)', () => {
  const checks = queueConformanceChecks({
    open: ({ store }) =>
      createBullMQQueue({ connection: { host: redis.host, port: redis.port }, name: store }),
    clock: 'real',
    unitMs: 200,
    durable: true,
    cleanup,
  });
  for (const check of checks) it(check.name, check.run);

  it('runs the durable checks too', () => {
    expect(checks.some((check) => check.name.startsWith('durable'))).toBe(true);
  });
});
