/**
 * Diff benchmark (issue 11, "Performance"): `diff` of the 200-event synthetic contract against a
 * copy with 50 scattered changes must take <= 1 s beyond parsing the two documents.
 *
 *   npx tsx scripts/bench/diff/index.ts [--runs 7] [--events 200] [--changes 50] [--seed 1]
 *
 * 1. writes the synthetic contract and a changed copy (mutate.ts) to a temp dir;
 * 2. loads both with one ContractLoader (read + @asyncapi/parser validation + IR build): the
 *    "parsing" figure, first load of each;
 * 3. `--runs` times, from the two IRs: `diffContracts` with fresh source locators (so every
 *    location's line and column is looked up by reading the files, as the CLI does) and
 *    `formatDiff(json)`; prints the median, the changes found and the verdict, and apart from
 *    it the median of the bare IR comparison (no locators).
 * Runs from sources (tsx); the machine is shared, so the load average is printed too.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  type Contract,
  ContractLoader,
  createSourceLocator,
  diffContracts,
  formatDiagnostic,
  formatDiff,
} from '../../../packages/compiler/src/index.js';
import { syntheticContract } from '../../synthetic/contract.js';
import { median } from '../lib/stats.js';
import { changeDocument } from './mutate.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    events: { type: 'string', default: '200' },
    changes: { type: 'string', default: '50' },
    seed: { type: 'string', default: '1' },
  },
});
const runs = Number(values.runs);
const yaml = createRequire(new URL('../../../packages/compiler/package.json', import.meta.url))('yaml') as {
  parse(text: string): Record<string, unknown>;
  stringify(value: unknown): string;
};

const dir = await mkdtemp(join(tmpdir(), 'hookwright-bench-diff-'));
try {
  const text = syntheticContract({ events: Number(values.events), seed: Number(values.seed) });
  const changed = yaml.parse(text);
  const landed = changeDocument(changed, Number(values.changes));
  const oldFile = join(dir, 'old.yaml');
  const newFile = join(dir, 'new.yaml');
  await writeFile(oldFile, text);
  await writeFile(newFile, yaml.stringify(changed));

  const loader = new ContractLoader();
  const load = async (file: string): Promise<{ contract: Contract; ms: number }> => {
    const started = performance.now();
    const result = await loader.load(file, { cwd: dir });
    const ms = performance.now() - started;
    if (!result.contract) throw new Error(result.diagnostics.map(formatDiagnostic).join('\n'));
    return { contract: result.contract, ms };
  };
  const before = await load(oldFile);
  const after = await load(newFile);
  await loader.close();

  const diffMs: number[] = [];
  const compareMs: number[] = [];
  let output = '';
  for (let i = 0; i < runs; i++) {
    const bare = performance.now();
    diffContracts(before.contract, after.contract);
    compareMs.push(performance.now() - bare);
    const started = performance.now();
    const result = diffContracts(
      { contract: before.contract, locate: createSourceLocator(dir) },
      { contract: after.contract, locate: createSourceLocator(dir) },
    );
    output = formatDiff(result, 'json');
    diffMs.push(performance.now() - started);
  }
  const changes = (JSON.parse(output) as { changes: Array<{ impact: string; event: string }> }).changes;
  const byImpact = new Map<string, number>();
  for (const c of changes) byImpact.set(c.impact, (byImpact.get(c.impact) ?? 0) + 1);
  const events = new Set(changes.map((c) => c.event)).size;
  const diffMedian = median(diffMs);
  const lines = [
    `contract: ${before.contract.events.length} events, ${Object.keys(before.contract.schemas).length} named schemas; ${landed} scattered schema edits`,
    `parse (load: read + @asyncapi/parser + IR)  old ${before.ms.toFixed(0)} ms, new ${after.ms.toFixed(0)} ms, both ${(before.ms + after.ms).toFixed(0)} ms`,
    `diff beyond parsing (diffContracts + locations + json output), median of ${runs}: ${diffMedian.toFixed(1)} ms (min ${Math.min(...diffMs).toFixed(1)}, max ${Math.max(...diffMs).toFixed(1)})`,
    `  of which comparing the two IRs (no line/column lookup): ${median(compareMs).toFixed(1)} ms; the rest re-reads both files to turn pointers into line:col`,
    `changes reported: ${changes.length} in ${events} event versions (${[...byImpact].map(([k, v]) => `${v} ${k}`).join(', ')})`,
    `target <= 1000 ms beyond parsing: ${diffMedian <= 1000 ? 'met' : 'NOT met'}`,
    `load average: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
