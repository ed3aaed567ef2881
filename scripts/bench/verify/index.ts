/**
 * Verify throughput of @hookwright/runtime/signing (the BUILT package: run `npm run build --prefix packages/runtime`
 * first) against standardwebhooks@1.1.1 and a bare `createHmac` + `timingSafeEqual` baseline, at 1 KiB
 * and 64 KiB bodies, in interleaved rounds in one process.
 *
 *   npx tsx scripts/bench/verify/index.ts [--rounds 15] [--sample-ms 100] [--clock cpu|wall]
 *
 * Throughput is counted per CPU-second of this process by default (`--clock cpu`): the machines this
 * runs on are shared, and wall time there also counts time spent waiting for a core. Ratios are
 * medians of per-round ratios (see scripts/bench/lib/stats.ts).
 *
 * Targets (issue 3): ours >= 0.85x bare; >= 3x standardwebhooks at 1 KiB and >= 10x at 64 KiB.
 */
import { parseArgs } from 'node:util';
import {
  computeRatios,
  cpuClock,
  formatRatios,
  formatResults,
  type RatioSpec,
  runInterleaved,
  wallClock,
} from '../lib/index.js';
import { type Contender, contenders } from './contenders.js';
import { makeRequest } from './request.js';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '15' },
    'sample-ms': { type: 'string', default: '100' },
    clock: { type: 'string', default: 'cpu' },
  },
});
const rounds = Number(values.rounds);
const sampleMs = Number(values['sample-ms']);
if (values.clock !== 'cpu' && values.clock !== 'wall') throw new Error('--clock is cpu or wall');
const now = values.clock === 'cpu' ? cpuClock : wallClock;

const sizes = [
  { label: '1 KiB', bytes: 1024, peerTarget: 3 },
  { label: '64 KiB', bytes: 64 * 1024, peerTarget: 10 },
];

console.log(
  `verify throughput, Node ${process.version}, ${rounds} interleaved rounds of ${sampleMs} ms (${values.clock} ` +
    'time) per case; medians in operations per second, ratios as medians of per-round ratios\n',
);
let missed = 0;
for (const size of sizes) {
  const request = makeRequest(size.bytes);
  const cases = contenders(request);
  for (const contender of cases) contender.check();
  const results = await runInterleaved(cases, { rounds, sampleMs, now });
  const byName = (name: Contender['name']) => results.find((result) => result.name === name)!;
  const specs: RatioSpec[] = [
    {
      label: 'ours sync / bare',
      numerator: byName('ours (sync)'),
      denominator: byName('bare'),
      atLeast: 0.85,
    },
    {
      label: 'ours async / bare',
      numerator: byName('ours (async)'),
      denominator: byName('bare'),
      atLeast: 0.85,
    },
    {
      label: 'ours sync / standardwebhooks',
      numerator: byName('ours (sync)'),
      denominator: byName('standardwebhooks'),
      atLeast: size.peerTarget,
    },
    {
      label: 'ours async / standardwebhooks',
      numerator: byName('ours (async)'),
      denominator: byName('standardwebhooks'),
      atLeast: size.peerTarget,
    },
  ];
  const ratios = computeRatios(specs);
  missed += ratios.filter((line) => line.met === false).length;
  console.log(formatResults(`${size.label} body (${request.body.length} bytes)`, results));
  console.log(formatRatios(ratios));
  console.log();
}
console.log(missed === 0 ? 'all targets met' : `${missed} target(s) missed`);
