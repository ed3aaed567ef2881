/**
 * Validation benchmark (issue 4, "Performance"), from /work/main:
 *
 *   npx tsx scripts/bench/validate/index.ts [--events 200] [--seed 1] [--shape standard|large] [--copies 1] [--rounds 7]
 *     [--sample-ms 200] [--warmup-min-ms 3000] [--warmup-max-ms 10000] [--warmup-ms 50] [--clock cpu|wall] [--cold-runs 7]
 *     [--no-build] [--keep] [--json]
 *
 * Builds @hookwright/runtime (the generated packages import its dist) unless --no-build, then runs
 * `runValidateBench` (bench.ts) and prints the report (JSON with --json). Progress goes to stderr.
 * Exit code 1 only when a measurement could not be taken, not on a missed target.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runValidateBench } from './bench.js';
import { formatReport } from './report.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '200' },
    seed: { type: 'string', default: '1' },
    shape: { type: 'string', default: 'standard' },
    copies: { type: 'string', default: '1' },
    rounds: { type: 'string', default: '7' },
    'sample-ms': { type: 'string', default: '200' },
    'warmup-min-ms': { type: 'string', default: '3000' },
    'warmup-max-ms': { type: 'string', default: '10000' },
    'warmup-ms': { type: 'string', default: '50' },
    clock: { type: 'string', default: 'cpu' },
    'cold-runs': { type: 'string', default: '7' },
    'no-build': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});
const clock = values.clock;
if (clock !== 'cpu' && clock !== 'wall') throw new Error(`--clock is cpu or wall, got ${clock}`);
const shape = values.shape;
if (shape !== 'standard' && shape !== 'large') throw new Error(`--shape is standard or large, got ${shape}`);

if (!values['no-build']) {
  process.stderr.write('building @hookwright/runtime (type declarations and bundled entries)...\n');
  const build = spawnSync('npm', ['run', '--silent', 'build', '--prefix', 'packages/runtime'], {
    cwd: repo,
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

try {
  const result = await runValidateBench({
    events: Number(values.events),
    seed: Number(values.seed),
    shape,
    copiesPerExample: Number(values.copies),
    rounds: Number(values.rounds),
    sampleMs: Number(values['sample-ms']),
    warmupMinMs: Number(values['warmup-min-ms']),
    warmupMaxMs: Number(values['warmup-max-ms']),
    warmupMs: Number(values['warmup-ms']),
    clock,
    coldRuns: Number(values['cold-runs']),
    keep: values.keep,
    progress: (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(`${values.json ? JSON.stringify(result, null, 2) : formatReport(result)}\n`);
  if (result.workDir) process.stderr.write(`kept ${result.workDir}\n`);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
}
