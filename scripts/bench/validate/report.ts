import { formatRatios, formatResults } from '../lib/index.js';
import type { ValidateBenchResult } from './bench.js';
import { type ColdVariant, coldMedians } from './cold-start.js';

/** Max / min of one case's rounds above which its figures are flagged. */
const UNSTEADY_SPREAD = 1.5;

const ms = (value: number) => `${value.toFixed(1)} ms`;
const load = (averages: readonly number[]) => averages.map((value) => value.toFixed(2)).join(' / ');

/** The printed report: context, every figure with its spread, ratios, and PASS/MISS per target. */
export function formatReport(result: ValidateBenchResult): string {
  const { options, contract, size } = result;
  const lines = [
    `validate benchmark, Node ${result.node}, ${contract.events} events (${contract.namedSchemas} named schemas, ` +
      `${(contract.bytes / 1024).toFixed(0)} KiB of YAML, seed ${options.seed})`,
    `load average (1 / 5 / 15 min): ${load(result.loadAverage.start)} at start, ${load(result.loadAverage.end)} at end, ` +
      'on a machine of 2 cores shared with other work',
    `inputs: ${result.inputs.valid} examples (valid) + ${result.inputs.invalid} near-invalid copies; ` +
      `all ${result.agreement.checked} give the same verdict and errors from ours, ours raw and ajv`,
    `ajv compiling every schema in this process took ${ms(result.ajvCompileMs)}`,
    '',
    `1. throughput, ${options.rounds} interleaved rounds of ${options.sampleMs} ms (${options.clock} time) per case; ` +
      'validations per second; ratios are medians of per-round ratios',
    '   ours = validators[id](data) of the generated package (createValidator wrapper included);',
    '   ours raw = the emitted function alone; ajv runtime = same schemas and options compiled at run time',
  ];
  const warmups = result.throughput.warmups.map(
    (w) =>
      `${w.contender} ${(w.ms / 1000).toFixed(1)} s${w.steady ? '' : ' (NOT steady: figures still moving)'}`,
  );
  lines.push(`   warm-up on every input until speed settled: ${warmups.join(', ')}`);
  for (const set of result.throughput.sets) {
    lines.push('', formatResults(`${set.set} (${set.inputs} inputs)`, set.results), formatRatios(set.ratios));
    const unsteady = set.results.filter(
      (r) => Math.max(...r.samples) > UNSTEADY_SPREAD * Math.min(...r.samples),
    );
    if (unsteady.length > 0) {
      lines.push(
        `  NOTE: rounds of ${unsteady.map((r) => r.name).join(', ')} differ by more than ${UNSTEADY_SPREAD}x ` +
          '(machine busy, or V8 still re-optimizing): treat these figures with care, or re-run',
      );
    }
  }

  lines.push(
    '',
    `2. cold start, ${options.coldRuns} fresh processes per variant, interleaved; first validation of ` +
      `${result.coldStart.eventId}; medians (all runs)`,
  );
  for (const [variant, runs] of Object.entries(result.coldStart.runs) as [
    ColdVariant,
    typeof result.coldStart.runs.ours,
  ][]) {
    const medians = coldMedians(runs);
    const phases = Object.entries(medians.phases).map(([phase, value]) => `${phase} ${ms(value)}`);
    lines.push(
      `  ${variant.padEnd(20)} in-process ${ms(medians.totalMs).padStart(9)} (CPU ${ms(medians.cpuMs)})   whole process ${ms(medians.wallMs).padStart(9)}` +
        (phases.length > 0 ? `   (${phases.join(', ')})` : ''),
      `  ${''.padEnd(20)} runs: in-process ${runs.map((r) => r.totalMs.toFixed(1)).join(' ')}; whole ${runs.map((r) => r.wallMs.toFixed(0)).join(' ')}`,
    );
  }
  lines.push(
    `  ajv compile all / ours: ${result.coldStart.ajvOverOurs.totalMs.toFixed(1)}x in-process, ` +
      `${result.coldStart.ajvOverOurs.wallMs.toFixed(2)}x whole process`,
    '',
    `3. emitted validator code (${size.files.length} files, gzip -9 per file)`,
    ...size.files.map(
      (file) =>
        `  ${file.path.padEnd(60)} ${file.bytes.toLocaleString('en-US').padStart(11)} B   gzip ${file.gzipBytes.toLocaleString('en-US').padStart(9)} B`,
    ),
    `  ${'total'.padEnd(60)} ${size.bytes.toLocaleString('en-US').padStart(11)} B   gzip ${size.gzipBytes.toLocaleString('en-US').padStart(9)} B` +
      `   (${(size.bytes / contract.events / 1024).toFixed(1)} KiB per event)`,
    '',
    'targets',
    ...result.targets.map(
      (target) => `  ${target.met ? 'PASS' : 'MISS'}  ${target.name}: ${target.measured}`,
    ),
  );
  return lines.join('\n');
}
