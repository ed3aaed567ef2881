/**
 * Deliveries per second from 1, 2 and 4 sender processes sharing one BullMQ queue. The queue is
 * filled first with messages all due a few seconds ahead, the workers start meanwhile, and the clock
 * runs from that due time until the receiver counted every message: start-up is not measured.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createBullMQQueue } from '@hookwright/queue-bullmq';
import type { TestRedis } from '../../../packages/queue-bullmq/test/support/redis-server.js';

const WORKER = fileURLToPath(
  new URL('../../../packages/queue-bullmq/test/fixtures/sender-worker.mjs', import.meta.url),
);
/** Long enough to fill the queue and start the processes on a loaded machine. */
const HEAD_START_MS = 6000;

export interface ScalingOptions {
  redis: TestRedis;
  url: string;
  counted: { reset(): void; until(n: number): Promise<void> };
  messages: number;
}

export async function workerScaling({ redis, url, counted, messages }: ScalingOptions) {
  const results: { workers: number; deliveriesPerSecond: number }[] = [];
  for (const workers of [1, 2, 4]) {
    const name = `scaling-${workers}`;
    const queue = createBullMQQueue({ connection: { host: redis.host, port: redis.port }, name });
    const due = Date.now() + HEAD_START_MS;
    const body = JSON.stringify({ type: 'worker.test', version: 1, data: { note: 'x'.repeat(900) } });
    let next = 0;
    const lane = async () => {
      while (next < messages) {
        const n = next++;
        await queue.enqueue({
          messageId: `msg_s${workers}x${n}`,
          eventId: 'worker.test@1',
          body,
          createdAt: Date.now(),
          firstAttemptAt: due,
          endpointIds: ['ep_receiver'],
        });
      }
    };
    await Promise.all(Array.from({ length: 64 }, lane));
    counted.reset();
    const done = counted.until(messages);
    const spawnedAt = Date.now();
    const children = Array.from({ length: workers }, () =>
      spawn(process.execPath, [WORKER, JSON.stringify({ host: redis.host, port: redis.port, name, url })], {
        stdio: 'ignore',
      }),
    );
    await done;
    // From the due time, or from the spawn if filling the queue overran the head start.
    const elapsed = Date.now() - Math.max(due, spawnedAt);
    results.push({ workers, deliveriesPerSecond: messages / (elapsed / 1000) });
    await Promise.all(
      children.map(
        (child) =>
          new Promise((resolve) => {
            child.once('exit', resolve);
            child.kill('SIGTERM');
          }),
      ),
    );
    await queue.close();
  }
  return results;
}
