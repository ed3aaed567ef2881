/**
 * Writes the synthetic contract.
 *
 *   npx tsx scripts/synthetic/index.ts --events 200 [--seed 1] [--shape large] [--out file.yaml] [--verify]
 *   npx tsx scripts/synthetic/index.ts --preset large --out /tmp/large.yaml
 *
 * Without --out the YAML goes to stdout. --verify also parses it with @asyncapi/parser and
 * validates every example, printing the parse time and any problem to stderr (exit 1 on one).
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { type SyntheticOptions, syntheticContract } from './contract.js';
import { isPresetName, PRESETS } from './presets.js';
import type { ContractShape } from './registry.js';

export { type SyntheticOptions, syntheticContract } from './contract.js';
export { isPresetName, PRESETS, type PresetName, writeSyntheticContract } from './presets.js';
export type { ContractShape } from './registry.js';

function optionsFrom(values: {
  events: string;
  seed: string;
  shape: string;
  preset?: string;
}): SyntheticOptions {
  if (values.preset !== undefined) {
    if (!isPresetName(values.preset))
      throw new RangeError(`unknown preset ${values.preset}; known: ${Object.keys(PRESETS).join(', ')}`);
    return PRESETS[values.preset];
  }
  return { events: Number(values.events), seed: Number(values.seed), shape: values.shape as ContractShape };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      events: { type: 'string', default: '200' },
      seed: { type: 'string', default: '1' },
      shape: { type: 'string', default: 'standard' },
      preset: { type: 'string' },
      out: { type: 'string' },
      verify: { type: 'boolean', default: false },
    },
  });
  const options = optionsFrom(values);
  const text = syntheticContract(options);
  if (values.out === undefined) process.stdout.write(text);
  else writeFileSync(values.out, text);
  if (!values.verify) return 0;
  // Loaded only when asked for: it pulls in @asyncapi/parser, which takes a second to import.
  const { verifyContract } = await import('./verify.js');
  const report = await verifyContract(text, { requireExamples: options.shape !== 'large' });
  const problems = [...report.errors, ...report.exampleProblems];
  for (const line of [...problems, ...report.warnings]) process.stderr.write(`${line}\n`);
  process.stderr.write(
    `${report.messages} messages, ${text.length} bytes; @asyncapi/parser ${report.parseMs.toFixed(0)} ms; ` +
      `${report.errors.length} errors, ${report.warnings.length} warnings, ${report.exampleProblems.length} example problems\n`,
  );
  return problems.length > 0 ? 1 : 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main();
}
