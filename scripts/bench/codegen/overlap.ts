/**
 * What each piece of the parser/emitter overlap in `generate` buys (issue 15, part 5).
 *
 *   npx tsx scripts/bench/codegen/overlap.ts --events 200 --runs 7
 *   npx tsx scripts/bench/codegen/overlap.ts --document big.yaml --runs 7 --variants all,in-thread
 *
 * Each variant of overlap-runner.mjs is one fresh `node` process doing a whole generate + write of
 * the same document; the variants run interleaved, the first one rotating per round, and each
 * ratio is the median over rounds of variant / `all` in that round. Prints the load average
 * before and after: figures taken above the core count are inflated, and an overlap gains nothing
 * without an idle core. The CPU column (all threads) shows what each variant costs the machine. Runs on the built packages
 * (`npm run build` first). Exit code 1 when a run failed or two variants wrote different output.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { syntheticContract } from '../../synthetic/contract.js';
import { median, pairedRatio } from '../lib/index.js';
import { runNodeTimed } from './spawn-timed.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const runner = fileURLToPath(new URL('./overlap-runner.mjs', import.meta.url));

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    events: { type: 'string', default: '200' },
    document: { type: 'string' },
    variants: { type: 'string', default: 'all,late-worker,after-parser,in-thread' },
  },
});
const runs = Number(values.runs);
const variants = values.variants.split(',');

const workDir = await mkdtemp(join(tmpdir(), 'hookwright-bench-overlap-'));
const document = values.document ?? join(workDir, 'synthetic.yaml');
if (values.document === undefined) {
  await writeFile(document, syntheticContract({ events: Number(values.events), seed: 1 }));
}

const loadBefore = loadavg();
const wall = new Map(variants.map((variant) => [variant, [] as number[]]));
const cpu = new Map(variants.map((variant) => [variant, [] as number[]]));
let failed = false;
for (let round = 0; round < runs; round++) {
  for (let step = 0; step < variants.length; step++) {
    const variant = variants[(round + step) % variants.length]!;
    const out = join(workDir, `out-${variant}`);
    const run = await runNodeTimed([runner, variant, document, out], repo);
    if (run.exitCode !== 0) {
      process.stderr.write(`${variant} failed (exit ${run.exitCode}):\n${run.stderr}\n`);
      failed = true;
    }
    wall.get(variant)!.push(run.wallMs);
    cpu.get(variant)!.push(run.timings?.cpuMs ?? Number.NaN);
    process.stderr.write(`round ${round + 1}/${runs} ${variant}: ${run.wallMs.toFixed(0)} ms\n`);
  }
}
const loadAfter = loadavg();

const baseline = wall.get(variants[0]!)!;
const show = (ms: number) => (ms / 1000).toFixed(2);
console.log(`document: ${document}`);
console.log(
  `load average before ${loadBefore.map((l) => l.toFixed(2)).join(' ')}, after ${loadAfter.map((l) => l.toFixed(2)).join(' ')}`,
);
console.log(`variant        wall s   / ${variants[0]}   cpu s   runs, wall (s)`);
for (const [variant, samples] of wall) {
  const ratio = pairedRatio(samples, baseline).toFixed(2);
  const cpuS = show(median(cpu.get(variant)!));
  console.log(
    `${variant.padEnd(14)} ${show(median(samples)).padStart(6)}   ${ratio.padStart(6)}x   ${cpuS.padStart(5)}   ${samples.map(show).join(' ')}`,
  );
}

const digests = new Map<string, string>();
for (const variant of variants) digests.set(variant, await treeDigest(join(workDir, `out-${variant}`)));
if (new Set(digests.values()).size > 1) {
  console.log(`outputs differ: ${[...digests].map(([v, d]) => `${v} ${d.slice(0, 12)}`).join(', ')}`);
  failed = true;
}
await rm(workDir, { recursive: true, force: true });
process.exitCode = failed ? 1 : 0;

/** One hash over every file's path and bytes under `dir`. */
async function treeDigest(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
  for (const file of files)
    hash
      .update(file.slice(dir.length))
      .update('\0')
      .update(await readFile(file))
      .update('\0');
  return hash.digest('hex');
}
