import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createBullMQQueue } from '@hookwright/queue-bullmq';
import { createEventTable } from '@hookwright/runtime/events';
import { createSender } from '@hookwright/runtime/sender';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedis, type TestRedis } from './support/redis-server.js';

interface Events {
  'queue.test@1': { n: number };
}
interface Latest {
  'queue.test': 1;
}
const table = createEventTable([
  { type: 'queue.test', version: 1, deprecated: false, validate: () => ({ valid: true }) },
]);
const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

let redis: TestRedis;
const servers: ReturnType<typeof createServer>[] = [];
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  await redis?.stop();
});

async function listen(handler: RequestListener): Promise<string> {
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => handler(request, response));
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
}

async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the sender on a BullMQ queue behaves as on the memory queue', () => {
  it('retries a 429, dead-letters after the schedule, disables on 410 for every process, replays', async () => {
    let flakyCalls = 0;
    let downHealthy = false;
    const statuses: Record<string, number[]> = { flaky: [], down: [] };
    const flaky = await listen((_request, response) => {
      flakyCalls++;
      statuses.flaky?.push(flakyCalls <= 1 ? 429 : 204);
      if (flakyCalls <= 1) response.writeHead(429, { 'retry-after': '1' }).end();
      else response.writeHead(204).end();
    });
    const down = await listen((_request, response) => {
      statuses.down?.push(downHealthy ? 204 : 500);
      response.writeHead(downHealthy ? 204 : 500).end();
    });
    const gone = await listen((_request, response) => response.writeHead(410).end());
    const connection = { host: redis.host, port: redis.port };
    const sender = createSender<Events, Latest>(table, {
      endpoints: [
        { id: 'flaky', url: flaky, secret: SECRET },
        { id: 'down', url: down, secret: SECRET },
        { id: 'gone', url: gone, secret: SECRET },
      ],
      queue: createBullMQQueue({ connection, name: 'sender' }),
      schedule: [0, 100, 100],
      allowPrivateNetworks: true,
      pollIntervalMs: 50,
      logger: false,
    });
    const other = createBullMQQueue({ connection, name: 'sender' });
    try {
      const id = await sender.send('queue.test', { n: 1 });
      const dead = await waitFor(
        () => other.list({ state: 'dead' }),
        (page) => page.items.length === 2,
        'down and gone are dead-lettered',
      );
      expect(dead.items.map((d) => d.id).sort()).toEqual([`${id}/down`, `${id}/gone`]);
      const downDead = dead.items.find((d) => d.endpointId === 'down');
      expect(downDead?.attempts.map((a) => a.status)).toEqual([500, 500, 500]);
      // The 410 disabled the endpoint, and another handle (another process) sees it.
      expect(Object.keys(await other.disabledEndpoints())).toEqual(['gone']);
      // A 429 with Retry-After is retried (its delay clamped to this short schedule's bounds), then delivered.
      await waitFor(
        async () => statuses.flaky?.length ?? 0,
        (n) => n >= 2,
        'flaky delivered',
      );
      expect(statuses.flaky).toEqual([429, 204]);
      downHealthy = true;
      expect(await sender.deadLetters.replay(`${id}/down`)).toBe(1);
      await waitFor(
        () => other.stats(),
        (stats) => stats.pending === 0,
        'the replay is delivered',
      );
      expect(statuses.down?.at(-1)).toBe(204);
      expect((await other.stats()).dead).toBe(1);
    } finally {
      await sender.close();
      await other.close();
    }
  });
});
