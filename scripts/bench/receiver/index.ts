/**
 * Receiver throughput over HTTP: requests per second through `receiver.node` of the generated
 * acme-shop receiver (verify + parse + validate + idempotency + dispatch to a no-op handler) against
 * a bare `node:http` 204, a minimal HMAC + timingSafeEqual + JSON.parse handler (the practical
 * ceiling) and `@octokit/webhooks` `createNodeMiddleware`. 1 KiB body, keep-alive, one in-process
 * load generator (scripts/bench/receiver/load.ts) for all, interleaved rounds.
 *
 *   npm run build && npx tsx scripts/bench/receiver/index.ts [--rounds 7] [--sample-ms 2000] [--connections 20] [--clock cpu|wall]
 *   node --expose-gc --import tsx scripts/bench/receiver/index.ts --soak 60   # memory over a 60 s soak of ours
 *   npx tsx scripts/bench/receiver/index.ts --breakdown   # where the time goes: minimal -> ours, stage by stage
 *
 * Uses the BUILT runtime (through the generated package), so build first.
 * Targets (issue 7): ours >= 0.9x minimal; >= 1.5x octokit; memory flat over a 60 s soak.
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { orderCreated } from '../../../examples/acme-shop/src/sample-events.js';
import { type CaseResult, computeRatios, formatRatios, formatResults, median } from '../lib/index.js';
import { type ContenderName, startBreakdown, startContenders } from './contenders.js';
import { type LoadResult, runLoad } from './load.js';
import { soak } from './soak.js';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '7' },
    'sample-ms': { type: 'string', default: '2000' },
    'warmup-ms': { type: 'string', default: '3000' },
    connections: { type: 'string', default: '20' },
    soak: { type: 'string' },
    /** Stages between the minimal handler and ours instead of the four contenders. */
    breakdown: { type: 'boolean', default: false },
    /** Load one contender only for that long (ms), e.g. under `node --cpu-prof`. */
    only: { type: 'string' },
    clock: { type: 'string', default: 'cpu' },
  },
});
const connections = Number(values.connections);
if (values.clock !== 'cpu' && values.clock !== 'wall') throw new Error('--clock is cpu or wall');
// Requests per CPU-second of this process by default: the machines this runs on are shared, and wall
// time there also counts waiting for a core. Server and load generator share the process either way.
const rate = (result: LoadResult) =>
  result.completed / (values.clock === 'cpu' ? result.cpuSeconds : result.seconds);

/** A 1 KiB order.created@2 envelope: the sample order, its note padded to the size. */
function oneKibBody(): string {
  const make = (note: string) =>
    JSON.stringify({
      type: 'order.created',
      version: 2,
      timestamp: '2026-01-01T00:00:00Z',
      data: { ...orderCreated, note },
    });
  const base = make('');
  if (base.length > 1024) return base;
  return make('x'.repeat(1024 - base.length));
}

const body = oneKibBody();
const contenders = await (values.breakdown ? startBreakdown(body) : startContenders(body));
const byName = (name: ContenderName) => contenders.find((c) => c.name === name)!;
const load = `load average ${loadavg()
  .map((v) => v.toFixed(2))
  .join(' ')}`;

if (values.only !== undefined) {
  const contender = byName(values.only as ContenderName);
  const result = await runLoad(contender.port, contender.makeRequest, {
    connections,
    durationMs: Number(values['sample-ms']),
  });
  console.log(
    `${contender.name}: ${(result.completed / result.seconds).toFixed(0)} req/s, ${result.failures} failures`,
  );
} else if (values.soak !== undefined) {
  await soak(byName('ours'), Number(values.soak), connections);
} else {
  const rounds = Number(values.rounds);
  const sampleMs = Number(values['sample-ms']);
  console.log(
    `receiver throughput, Node ${process.version}, body ${body.length} bytes, ${connections} keep-alive connections, ` +
      `${rounds} interleaved rounds of ${sampleMs} ms per contender, requests per ${values.clock} second; ${load}\n`,
  );
  for (const contender of contenders) {
    const warm = await runLoad(contender.port, contender.makeRequest, {
      connections,
      durationMs: Number(values['warmup-ms']),
    });
    if (warm.failures > 0)
      throw new Error(`${contender.name}: ${warm.failures} of ${warm.completed} warm-up requests failed`);
  }
  const samples = new Map<ContenderName, number[]>(contenders.map((c) => [c.name, []]));
  for (let round = 0; round < rounds; round++) {
    for (let step = 0; step < contenders.length; step++) {
      const contender = contenders[(round + step) % contenders.length]!;
      const result = await runLoad(contender.port, contender.makeRequest, {
        connections,
        durationMs: sampleMs,
      });
      if (result.failures > 0) throw new Error(`${contender.name}: ${result.failures} requests failed`);
      samples.get(contender.name)!.push(rate(result));
    }
    process.stderr.write(`round ${round + 1}/${rounds} done\n`);
  }
  const results: CaseResult[] = contenders.map((c) => ({
    name: c.name,
    samples: samples.get(c.name)!,
    median: median(samples.get(c.name)!),
  }));
  const result = (name: ContenderName) => results.find((r) => r.name === name)!;
  console.log(
    formatResults('requests per second (median, range over rounds)', results).replaceAll('ops/s', 'req/s'),
  );
  const ratios = computeRatios(
    values.breakdown
      ? results.map((r) => ({ label: `${r.name} / minimal`, numerator: r, denominator: result('minimal') }))
      : [
          {
            label: 'ours / minimal',
            numerator: result('ours'),
            denominator: result('minimal'),
            atLeast: 0.9,
          },
          {
            label: 'ours / octokit',
            numerator: result('ours'),
            denominator: result('octokit'),
            atLeast: 1.5,
          },
          { label: 'ours / bare', numerator: result('ours'), denominator: result('bare') },
          { label: 'minimal / bare', numerator: result('minimal'), denominator: result('bare') },
          { label: 'octokit / bare', numerator: result('octokit'), denominator: result('bare') },
        ],
  );
  console.log(formatRatios(ratios));
  console.log(
    `\nafter: load average ${loadavg()
      .map((v) => v.toFixed(2))
      .join(' ')}`,
  );
}
await Promise.all(contenders.map((c) => c.close()));
