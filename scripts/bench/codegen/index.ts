/**
 * Code-generation benchmark (issue 2, "Performance").
 *
 *   npx tsx scripts/bench/codegen/index.ts [--runs 5] [--events 200] [--seed 1] [--no-build] [--keep]
 *
 * 1. writes the synthetic contract to a temp dir;
 * 2. `node packages/cli/bin/hookwright.js generate <doc> --out <dir> --timings`, `--runs` fresh
 *    processes, wall time measured here and phase times read from the CLI's JSON line;
 * 3. @asyncapi/modelina TypeScript generation (interfaces, union enums) of the same document,
 *    its parse included, in as many fresh processes (modelina-runner.mjs), interleaved with 2.
 *    so that load from other work on the machine hits both sides alike;
 * 4. prints medians, the parse share of our generate, and modelina / ours;
 * 5. in this process, times a second generate of the unchanged document (watch mode).
 * The CLI runs from packages/cli/dist, so the workspace is built first unless --no-build.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { syntheticContract } from '../../synthetic/contract.js';
import { printReport } from './report.js';
import { runNodeTimed, type TimedRun } from './spawn-timed.js';
import { timeSecondGenerate, type WatchTiming } from './watch.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const cliBin = join(repo, 'packages/cli/bin/hookwright.js');
const modelinaRunner = fileURLToPath(new URL('./modelina-runner.mjs', import.meta.url));

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    events: { type: 'string', default: '200' },
    seed: { type: 'string', default: '1' },
    'no-build': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
const events = Number(values.events);
const seed = Number(values.seed);

if (!values['no-build']) {
  process.stderr.write('building the workspace (npm run build)...\n');
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: repo, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const workDir = await mkdtemp(join(tmpdir(), 'hookwright-bench-codegen-'));
const document = join(workDir, 'synthetic.yaml');
const text = syntheticContract({ events, seed });
await writeFile(document, text);

const ours: TimedRun[] = [];
const modelina: TimedRun[] = [];
for (let i = 0; i < runs; i++) {
  process.stderr.write(`run ${i + 1}/${runs}\n`);
  ours.push(
    await runNodeTimed(
      [cliBin, 'generate', document, '--out', join(workDir, `ours-${i}`), '--timings'],
      repo,
    ),
  );
  modelina.push(await runNodeTimed([modelinaRunner, document, join(workDir, `modelina-${i}`)], repo));
}

let watch: WatchTiming | Error;
try {
  watch = await timeSecondGenerate(document, join(workDir, 'watch'));
} catch (error) {
  watch = error instanceof Error ? error : new Error(String(error));
}

const failed = printReport({ events, seed, bytes: Buffer.byteLength(text), runs, ours, modelina, watch });
if (values.keep) process.stderr.write(`kept ${workDir}\n`);
else await rm(workDir, { recursive: true, force: true });
process.exitCode = failed ? 1 : 0;
