import { createServer } from 'node:net';
import { createBullMQQueue } from '@hookwright/queue-bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The one shared redis-server helper (each test file starts its own server on a free loopback port).
import { startRedis, type TestRedis } from '../../queue-bullmq/test/support/redis-server.js';
import { cliRunner } from './run-cli.js';

const { run, close } = cliRunner();
let redis: TestRedis;

beforeAll(async () => {
  redis = await startRedis();
  const queue = createBullMQQueue({ connection: { host: redis.host, port: redis.port }, name: 'cli' });
  const at = Date.now();
  for (const messageId of ['msg_r1', 'msg_r2']) {
    await queue.enqueue({
      messageId,
      eventId: 'order.created@2',
      body: '{"type":"order.created"}',
      createdAt: at,
      firstAttemptAt: at,
      endpointIds: ['ep_shop'],
    });
  }
  const [claim] = await queue.claim({ limit: 1, leaseMs: 5000 });
  if (claim)
    await queue.deadLetter(claim.lease, { at, durationMs: 9, outcome: 'failed', status: 400 }, 'HTTP 400');
  await queue.close();
});
afterAll(async () => {
  await close();
  await redis?.stop();
});

describe('hookwright deliveries --redis', () => {
  it('lists, shows, replays and purges a BullMQ queue', async () => {
    const url = redis.url;
    const list = await run('deliveries', 'list', '--redis', url, '--name', 'cli', '--json');
    expect(list.code).toBe(0);
    const parsed = JSON.parse(list.stdout) as { pending: { id: string }[]; dead: { id: string }[] };
    expect(parsed.pending.map((d) => d.id)).toEqual(['msg_r2/ep_shop']);
    expect(parsed.dead.map((d) => d.id)).toEqual(['msg_r1/ep_shop']);
    const show = await run('deliveries', 'show', 'msg_r1/ep_shop', '--redis', url, '--name', 'cli');
    expect(show.stdout).toContain('HTTP 400');
    const replay = await run('deliveries', 'replay', '--all-dead', '--redis', url, '--name', 'cli', '--json');
    expect([replay.code, JSON.parse(replay.stdout)]).toEqual([0, { replayed: 1 }]);
    const purge = await run('deliveries', 'purge', '--redis', url, '--name', 'cli', '--json');
    expect([purge.code, JSON.parse(purge.stdout)]).toEqual([0, { purged: 0 }]);
  });

  it('says so when Redis is unreachable or the URL is wrong', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    await new Promise((resolve) => server.close(resolve));
    const down = await run('deliveries', 'list', '--redis', `redis://127.0.0.1:${port}`);
    expect(down.code).toBe(1);
    expect(down.stderr).toContain(`cannot reach Redis at redis://127.0.0.1:${port} (ECONNREFUSED)`);
    const bad = await run('deliveries', 'list', '--redis', 'localhost:6379');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('redis:// URL');
    const both = await run('deliveries', 'list', '--redis', redis.url, '--sqlite', 'x.db');
    expect(both.code).toBe(2);
  });
});
