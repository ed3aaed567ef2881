/**
 * Delivery throughput: deliveries per second from the generated acme-shop sender (in-memory queue,
 * signing on, 1 KiB order.created@2 payload, keep-alive) to a loopback receiver answering 204, against
 * a bare loop of keep-alive POSTs of the same body with no signing and no queue, in the same process,
 * interleaved rounds.
 *
 *   npm run build && npx tsx scripts/bench/deliver/index.ts [--rounds 9] [--batch 4000] [--connections 20] [--clock cpu|wall]
 *   node --expose-gc --import tsx scripts/bench/deliver/index.ts --memory 100000   # heap while 100,000 messages are sent
 *   node --cpu-prof --import tsx scripts/bench/deliver/index.ts --only ours         # one contender alone, for a profile
 *
 * A third line, bare POSTs carrying the Standard Webhooks headers with an HMAC computed per request,
 * shows how much of the gap any signing sender pays (header bytes on both sides, the HMAC).
 *
 * Uses the BUILT runtime (through the generated package), so build first. Sender, receiver and load
 * share the process, as in scripts/bench/receiver: ratios matter, not absolute figures.
 * Target (issue 8): ours >= 0.7x the bare loop; memory flat while 100,000 messages are sent.
 * Figures and where the time goes: README.md next to this file.
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { orderCreated } from '../../../examples/acme-shop/src/sample-events.js';
import { computeRatios, cpuClock, formatRatios, formatResults, median, wallClock } from '../lib/index.js';
import { bareContender, oursContender, startReceiver } from './contenders.js';
import { memoryRun } from './memory.js';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '9' },
    batch: { type: 'string', default: '4000' },
    connections: { type: 'string', default: '20' },
    clock: { type: 'string', default: 'cpu' },
    memory: { type: 'string' },
    only: { type: 'string' },
  },
});
if (values.clock !== 'cpu' && values.clock !== 'wall') throw new Error('--clock is cpu or wall');
const now = values.clock === 'cpu' ? cpuClock : wallClock;
const rounds = Number(values.rounds);
const batch = Number(values.batch);
const connections = Number(values.connections);

/** order.created@2 data whose envelope is 1 KiB: the sample order, its note padded to the size. */
function oneKibData(): typeof orderCreated {
  const envelope = (note: string) =>
    JSON.stringify({
      type: 'order.created',
      version: 2,
      timestamp: new Date().toISOString(),
      data: { ...orderCreated, note },
    });
  const base = envelope('').length;
  return { ...orderCreated, note: 'x'.repeat(Math.max(0, 1024 - base)) };
}

const data = oneKibData();
const body = JSON.stringify({ type: 'order.created', version: 2, timestamp: new Date().toISOString(), data });
const receiver = await startReceiver();
const ours = oursContender(receiver, data, connections);
const bare = bareContender(receiver, body, connections);
const bareSigned = bareContender(receiver, body, connections, true);
const load = () =>
  `load average ${loadavg()
    .map((v) => v.toFixed(2))
    .join(' ')}`;

try {
  if (values.memory !== undefined) {
    await memoryRun(ours, Number(values.memory));
  } else if (values.only !== undefined) {
    // One contender, warm-up then `rounds` batches: what a CPU profile of it should see.
    const alone = { ours: ours.run, bare: bare.run, signed: bareSigned.run }[values.only];
    if (alone === undefined) throw new Error('--only is ours, bare or signed');
    await alone(batch);
    const before = process.cpuUsage();
    for (let round = 0; round < rounds; round++) await alone(batch);
    const used = process.cpuUsage(before);
    console.log(
      `${values.only} alone: ${((used.user + used.system) / (rounds * batch)).toFixed(1)} us CPU per delivery ` +
        `(user ${(used.user / (rounds * batch)).toFixed(1)}, system ${(used.system / (rounds * batch)).toFixed(1)}; ` +
        `receiver included), ${load()}`,
    );
  } else {
    console.log(
      `deliver throughput, Node ${process.version}, body ${body.length} bytes, ${connections} connections, ` +
        `${rounds} interleaved rounds of ${batch} deliveries per contender (${values.clock} time), ${load()}\n`,
    );
    const cases = [
      { name: 'ours (sender, memory queue, signed)', run: ours.run },
      { name: 'bare keep-alive POST loop', run: bare.run },
      { name: 'reference: bare + signed headers', run: bareSigned.run },
    ];
    // Warm-up: JIT, sockets, the queue's structures.
    for (const { run } of cases) await run(batch);
    const samples = cases.map(() => [] as number[]);
    for (let round = 0; round < rounds; round++) {
      for (let step = 0; step < cases.length; step++) {
        const index = (round + step) % cases.length;
        const start = now();
        await cases[index]!.run(batch);
        samples[index]!.push(batch / ((now() - start) / 1000));
      }
    }
    const results = cases.map((c, i) => ({
      name: c.name,
      samples: samples[i]!,
      median: median(samples[i]!),
    }));
    const ratios = computeRatios([
      { label: 'ours / bare', numerator: results[0]!, denominator: results[1]!, atLeast: 0.7 },
      { label: 'bare + signed headers / bare', numerator: results[2]!, denominator: results[1]! },
      { label: 'ours / bare + signed headers', numerator: results[0]!, denominator: results[2]! },
    ]);
    console.log(formatResults('deliveries per second', results));
    console.log(formatRatios(ratios));
    console.log(`\n${load()} at the end`);
    const stats = await ours.sender.queue.stats();
    if (stats.pending !== 0 || stats.dead !== 0)
      throw new Error(`queue not empty at the end: ${JSON.stringify(stats)}`);
  }
} finally {
  await ours.sender.close();
  bare.close();
  bareSigned.close();
  await receiver.close();
}
