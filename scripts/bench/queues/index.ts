/**
 * Durable queues next to the in-memory one: accepted sends per second (`send` resolved, which for a
 * durable queue means committed to disk) and deliveries per second to a loopback receiver answering
 * 204, for the same sender on each queue. Rounds are interleaved (memory, SQLite, memory, ...) and
 * medians printed with the ratio to memory.
 *
 *   npm run build && npx tsx scripts/bench/queues/index.ts [--rounds 5] [--messages 4000] [--in-flight 64]
 *
 * `--in-flight` sends are kept outstanding at once, as a busy application's request handlers would:
 * that is what group commit batches (one fsync per burst). Sender, receiver and load share the process.
 * Then deliveries per second from 1, 2 and 4 sender processes sharing one BullMQ queue (./workers.ts).
 * Starts its own redis-server (appendfsync always) on a free loopback port, like the tests.
 * Targets (issue 9): SQLite >= 2,000 durable sends/s, BullMQ >= 1,000 sends/s on this 2-core machine.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createBullMQQueue } from '@hookwright/queue-bullmq';
import { createSqliteQueue } from '@hookwright/queue-sqlite';
import { createEventTable } from '@hookwright/runtime/events';
import { createMemoryQueue, type DeliveryQueue } from '@hookwright/runtime/queue';
import { createSender } from '@hookwright/runtime/sender';
import { startRedis } from '../../../packages/queue-bullmq/test/support/redis-server.js';
import { median } from '../lib/index.js';
import { workerScaling } from './workers.js';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '5' },
    messages: { type: 'string', default: '4000' },
    'in-flight': { type: 'string', default: '64' },
    'scaling-messages': { type: 'string', default: '2000' },
  },
});
const rounds = Number(values.rounds);
const messages = Number(values.messages);
const inFlight = Number(values['in-flight']);

const table = createEventTable([
  { type: 'bench.queued', version: 1, deprecated: false, validate: () => ({ valid: true }) },
]);
const data = { note: 'x'.repeat(900) };

/** The bench's one-event contract, as a generated package would type it. */
interface BenchEvents {
  'bench.queued@1': { note: string };
}
interface BenchLatest {
  'bench.queued': 1;
}

/** A loopback receiver counting requests; `until(n)` resolves at the n-th. */
async function startReceiver() {
  let count = 0;
  let target = Number.POSITIVE_INFINITY;
  let reached: () => void = () => undefined;
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.writeHead(204).end();
      if (++count === target) reached();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    reset() {
      count = 0;
    },
    until(n: number) {
      target = n;
      return new Promise<void>((resolve) => {
        reached = resolve;
        if (count >= n) resolve();
      });
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

interface Sample {
  sendsPerSecond: number;
  deliveriesPerSecond: number;
}

async function measure(
  queue: DeliveryQueue,
  url: string,
  receiver: Awaited<ReturnType<typeof startReceiver>>,
) {
  const sender = createSender<BenchEvents, BenchLatest>(table, {
    endpoints: [{ id: 'ep_bench', url, secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' }],
    queue,
    allowPrivateNetworks: true,
    logger: false,
    pollIntervalMs: 50,
  });
  receiver.reset();
  const delivered = receiver.until(messages);
  const start = performance.now();
  let next = 0;
  const lane = async () => {
    while (next < messages) {
      next++;
      await sender.send('bench.queued', data);
    }
  };
  await Promise.all(Array.from({ length: inFlight }, lane));
  const sent = performance.now();
  await delivered;
  const done = performance.now();
  await sender.close();
  return {
    sendsPerSecond: messages / ((sent - start) / 1000),
    deliveriesPerSecond: messages / ((done - start) / 1000),
  } satisfies Sample;
}

const dir = mkdtempSync(join(tmpdir(), 'hw-bench-queues-'));
const receiver = await startReceiver();
const redis = await startRedis();
const names = ['memory', 'sqlite', 'bullmq'];
const contenders: Record<string, (round: number) => DeliveryQueue> = {
  memory: () => createMemoryQueue(),
  sqlite: (round) => createSqliteQueue({ file: join(dir, `bench-${round}.db`) }),
  bullmq: (round) =>
    createBullMQQueue({ connection: { host: redis.host, port: redis.port }, name: `bench-${round}` }),
};
const samples: Record<string, Sample[]> = { memory: [], sqlite: [], bullmq: [] };
let scaling: Awaited<ReturnType<typeof workerScaling>> = [];
try {
  for (let round = 0; round < rounds; round++) {
    // Rotate the starting contender each round, so none always runs first.
    const order = names.map((_, i) => names[(i + round) % names.length] as string);
    for (const name of order) {
      const make = contenders[name];
      if (make) samples[name]?.push(await measure(make(round), receiver.url, receiver));
    }
  }
  scaling = await workerScaling({
    redis,
    url: receiver.url,
    counted: receiver,
    messages: Number(values['scaling-messages']),
  });
} finally {
  await receiver.close();
  await redis.stop();
  rmSync(dir, { recursive: true, force: true });
}

const med = (name: string, key: keyof Sample) => median((samples[name] ?? []).map((s) => s[key]));
const load = loadavg()
  .map((n) => n.toFixed(2))
  .join(' ');
console.log(
  `queues: ${messages} messages x ${rounds} rounds, ${inFlight} sends in flight, ~1 KiB body; load ${load}`,
);
console.log('queue    sends/s (accepted)   deliveries/s   sends vs memory   deliveries vs memory');
for (const name of names) {
  const sends = med(name, 'sendsPerSecond');
  const deliveries = med(name, 'deliveriesPerSecond');
  console.log(
    `${name.padEnd(8)} ${sends.toFixed(0).padStart(20)} ${deliveries.toFixed(0).padStart(14)} ${(sends / med('memory', 'sendsPerSecond')).toFixed(2).padStart(16)}x ${(deliveries / med('memory', 'deliveriesPerSecond')).toFixed(2).padStart(20)}x`,
  );
}
const sqliteSends = med('sqlite', 'sendsPerSecond');
console.log(
  `target: SQLite >= 2000 durable sends/s: ${sqliteSends >= 2000 ? 'met' : 'NOT met'} (${sqliteSends.toFixed(0)})`,
);
const bullSends = med('bullmq', 'sendsPerSecond');
console.log(
  `target: BullMQ >= 1000 sends/s: ${bullSends >= 1000 ? 'met' : 'NOT met'} (${bullSends.toFixed(0)})`,
);
console.log('BullMQ worker processes (each a sender delivering from the shared queue, concurrency 16):');
const one = scaling[0]?.deliveriesPerSecond ?? Number.NaN;
for (const { workers, deliveriesPerSecond } of scaling) {
  const ratio = (deliveriesPerSecond / one).toFixed(2);
  console.log(
    `  ${workers} worker(s): ${deliveriesPerSecond.toFixed(0)} deliveries/s (${ratio}x one worker)`,
  );
}
console.log(
  `load after: ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')}`,
);
