import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createBullMQQueue } from '@hookwright/queue-bullmq';
import type { DeliveryQueue, NewMessage } from '@hookwright/runtime/queue';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedis, type TestRedis } from './support/redis-server.js';

const WORKER = fileURLToPath(new URL('./fixtures/sender-worker.mjs', import.meta.url));

let redis: TestRedis;
/** webhook-id -> how many times the loopback receiver was sent it. */
const received = new Map<string, number>();
const receiver = createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    const id = String(request.headers['webhook-id']);
    received.set(id, (received.get(id) ?? 0) + 1);
    response.writeHead(204).end();
  });
});
let url = '';
const children: ChildProcess[] = [];

beforeAll(async () => {
  redis = await startRedis();
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
});
afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  receiver.closeAllConnections();
  await new Promise((resolve) => receiver.close(resolve));
  await redis?.stop();
});

async function startWorkers(count: number, name: string): Promise<ChildProcess[]> {
  const started = Array.from({ length: count }, () =>
    spawn(process.execPath, [WORKER, JSON.stringify({ host: redis.host, port: redis.port, name, url })], {
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  );
  children.push(...started);
  await Promise.all(
    started.map((child) => new Promise<void>((resolve) => child.stdout?.once('data', () => resolve()))),
  );
  return started;
}

async function stopWorkers(workers: ChildProcess[]) {
  await Promise.all(
    workers.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        }),
    ),
  );
}

let counter = 0;
function message(prefix: string): NewMessage {
  const at = Date.now();
  const messageId = `msg_${prefix}${++counter}`;
  return {
    messageId,
    eventId: 'worker.test@1',
    body: JSON.stringify({
      type: 'worker.test',
      version: 1,
      timestamp: new Date(at).toISOString(),
      data: {},
    }),
    createdAt: at,
    firstAttemptAt: at,
    endpointIds: ['ep_receiver'],
  };
}

async function waitUntil(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function drained(queue: DeliveryQueue) {
  const stats = await queue.stats();
  return stats.pending === 0 && stats.dead === 0;
}

describe('several sender processes on one BullMQ queue', () => {
  for (const workerCount of [2, 4]) {
    it(`${workerCount} worker processes deliver each of 300 messages exactly once when nothing fails`, async () => {
      const name = `workers-${workerCount}`;
      const workers = await startWorkers(workerCount, name);
      const queue = createBullMQQueue({ connection: { host: redis.host, port: redis.port }, name });
      const ids: string[] = [];
      for (let burst = 0; burst < 10; burst++) {
        const batch = Array.from({ length: 30 }, () => message(`w${workerCount}x`));
        await Promise.all(batch.map((m) => queue.enqueue(m)));
        ids.push(...batch.map((m) => m.messageId));
      }
      await waitUntil(() => ids.every((id) => received.has(id)), 'every message arrived');
      await waitUntil(() => drained(queue), 'the queue is empty');
      await stopWorkers(workers);
      await queue.close();
      expect(ids.filter((id) => received.get(id) !== 1)).toEqual([]);
    });
  }

  it('a Redis SIGKILL and restart (appendfsync always) loses no message accepted before the kill', async () => {
    const name = 'restart';
    const workers = await startWorkers(2, name);
    const queue = createBullMQQueue({ connection: { host: redis.host, port: redis.port }, name });
    const accepted: string[] = [];
    for (let burst = 0; burst < 5; burst++) {
      const batch = Array.from({ length: 40 }, () => message('r'));
      await Promise.all(batch.map((m) => queue.enqueue(m)));
      accepted.push(...batch.map((m) => m.messageId));
    }
    // Kill while deliveries are still in flight, then bring Redis back on the same data.
    await redis.restart();
    for (let burst = 0; burst < 3; burst++) {
      const batch = Array.from({ length: 40 }, () => message('r'));
      await Promise.all(batch.map((m) => queue.enqueue(m)));
      accepted.push(...batch.map((m) => m.messageId));
    }
    await waitUntil(() => accepted.every((id) => received.has(id)), 'every accepted message arrived');
    await stopWorkers(workers);
    await queue.close();
    expect(accepted.filter((id) => !received.has(id))).toEqual([]);
  });
});
