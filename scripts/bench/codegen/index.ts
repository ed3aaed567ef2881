/**
 * Code-generation benchmark (issues 2 and 15, "Performance").
 *
 *   npx tsx scripts/bench/codegen/index.ts [--runs 5] [--contracts standard,large] [--events 200]
 *       [--seed 1] [--no-modelina] [--no-watch] [--no-build] [--keep]
 *
 * 1. writes the contracts to a temp dir: `standard` is the synthetic contract of `--events`
 *    events (default 200, the golden one), `large` the `large` preset (scripts/synthetic);
 * 2. per round and contract, in fresh processes: `node packages/cli/bin/hookwright.js generate
 *    <doc> --out <dir> --timings`, `parser-runner.mjs <doc>` (@asyncapi/parser alone: the floor)
 *    and, on the standard contract, @asyncapi/modelina (modelina-runner.mjs). The sides run
 *    interleaved, their order alternating per round, so that load from other work on the
 *    machine hits all alike; every process reports its peak RSS (peak-rss.mjs);
 * 3. prints medians, generate / parser per contract (paired by round), peak RSS and targets;
 * 4. in this process, times a second generate of the unchanged standard contract (watch mode).
 * The CLI runs from packages/cli/dist, so the workspace is built first unless --no-build.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { PRESETS, type SyntheticOptions, writeSyntheticContract } from '../../synthetic/index.js';
import { type ContractRuns, printReport } from './report.js';
import { runNodeTimed } from './spawn-timed.js';
import { timeSecondGenerate, type WatchTiming } from './watch.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const cliBin = join(repo, 'packages/cli/bin/hookwright.js');
const modelinaRunner = fileURLToPath(new URL('./modelina-runner.mjs', import.meta.url));
const parserRunner = fileURLToPath(new URL('./parser-runner.mjs', import.meta.url));

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    contracts: { type: 'string', default: 'standard,large' },
    events: { type: 'string', default: '200' },
    seed: { type: 'string', default: '1' },
    'no-modelina': { type: 'boolean', default: false },
    'no-watch': { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
const chosen: Record<string, SyntheticOptions> = {
  standard: { events: Number(values.events), seed: Number(values.seed), shape: 'standard' },
  large: PRESETS.large,
};
const names = values.contracts.split(',').map((name) => name.trim());
for (const name of names) {
  if (!Object.hasOwn(chosen, name)) throw new RangeError(`unknown contract ${name}: standard or large`);
}

if (!values['no-build']) {
  process.stderr.write('building the workspace (npm run build)...\n');
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: repo, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const workDir = await mkdtemp(join(tmpdir(), 'hookwright-bench-codegen-'));
const contracts: (ContractRuns & { document: string })[] = [];
for (const name of names) {
  const options = chosen[name]!;
  const document = await writeSyntheticContract(join(workDir, name), options);
  // modelina is the issue-2 comparison on the standard contract; on the large one it only adds minutes.
  const modelina = name === 'standard' && !values['no-modelina'] ? [] : undefined;
  const { size: bytes } = await stat(document);
  contracts.push({ name, options, document, bytes, ours: [], parser: [], modelina });
}

for (let round = 0; round < runs; round++) {
  process.stderr.write(`round ${round + 1}/${runs}\n`);
  for (const contract of contracts) {
    const sides = [
      () =>
        runNodeTimed(
          [cliBin, 'generate', contract.document, '--out', join(workDir, `out-${round}`), '--timings'],
          repo,
        ),
      () => runNodeTimed([parserRunner, contract.document], repo),
    ];
    const results = [contract.ours, contract.parser];
    if (contract.modelina) {
      const out = join(workDir, `modelina-${round}`);
      sides.push(() => runNodeTimed([modelinaRunner, contract.document, out], repo));
      results.push(contract.modelina);
    }
    // Alternate the order so that neither side always runs first after the other's cache warm-up.
    const order = sides.map((_, i) => i);
    if (round % 2 === 1) order.reverse();
    for (const i of order) results[i]!.push(await sides[i]!());
    await rm(join(workDir, `out-${round}`), { recursive: true, force: true });
  }
}

let watch: WatchTiming | Error | undefined;
const standard = contracts.find((contract) => contract.name === 'standard');
if (standard && !values['no-watch']) {
  try {
    watch = await timeSecondGenerate(standard.document, join(workDir, 'watch'));
  } catch (error) {
    watch = error instanceof Error ? error : new Error(String(error));
  }
}

const failed = printReport({ runs, contracts, watch });
if (values.keep) process.stderr.write(`kept ${workDir}\n`);
else await rm(workDir, { recursive: true, force: true });
process.exitCode = failed ? 1 : 0;
