/**
 * The validation benchmark as a function (the CLI is `index.ts`; the test runs a reduced version).
 * Generates the synthetic contract into packages, checks that the generated validators and ajv agree
 * on every input, then measures throughput, cold start and code size.
 */
import { loadavg } from 'node:os';
import type { ContractShape } from '../../synthetic/index.js';
import { cpuClock, wallClock } from '../lib/index.js';
import { type Agreement, checkAgreement } from './agreement.js';
import { COLD_START_TARGET_MS, type ColdStart, coldMedians, measureColdStart } from './cold-start.js';
import { loadContenders } from './contenders.js';
import { benchInputs } from './inputs.js';
import { createBenchProject } from './project.js';
import { type CodeSize, SIZE_TARGET_BYTES, validatorCodeSize } from './size.js';
import { measureThroughput, type SetThroughput, type Throughput } from './throughput.js';

export interface ValidateBenchOptions {
  /** Event versions in the synthetic contract. */
  events: number;
  /** Seed of the synthetic contract and of the mutations. */
  seed: number;
  /** The synthetic contract's shape (scripts/synthetic): `standard` (default) or `large`. */
  shape?: ContractShape;
  /** Near-invalid copies per example. */
  copiesPerExample: number;
  /** Interleaved throughput rounds. */
  rounds: number;
  /** Length of one throughput measurement, ms. */
  sampleMs: number;
  /** Warm-up per contender before timing: at least `warmupMinMs`, then until its speed settles, at most `warmupMaxMs` (see warmup.ts). */
  warmupMinMs: number;
  warmupMaxMs: number;
  /** Further unmeasured warm-up per case right before the first round, ms. */
  warmupMs: number;
  /** `cpu`: CPU time of this process (robust on a shared machine); `wall`: elapsed time. */
  clock: 'cpu' | 'wall';
  /** Fresh processes per cold-start variant. */
  coldRuns: number;
  /** Keep the temp folder (contract, app, cold-start scripts) for profiling; its path is returned. */
  keep?: boolean;
  progress?: (line: string) => void;
}

export interface TargetCheck {
  name: string;
  measured: string;
  met: boolean;
}

export interface ValidateBenchResult {
  options: ValidateBenchOptions;
  node: string;
  /** 1, 5 and 15 minute load averages when the bench started and ended. */
  loadAverage: { start: number[]; end: number[] };
  contract: { events: number; namedSchemas: number; bytes: number };
  inputs: { valid: number; invalid: number };
  agreement: Agreement;
  /** ajv compiling every schema of the contract in the bench process, ms (information). */
  ajvCompileMs: number;
  throughput: Throughput;
  coldStart: ColdStart;
  size: CodeSize;
  targets: TargetCheck[];
  /** The temp folder, when `keep` is set. */
  workDir?: string;
}

/**
 * Runs the whole benchmark. Throws when generation fails, a child process fails, or the validators
 * disagree on any input (then no figure would mean anything); a missed target is only reported.
 *
 * @example
 * const result = await runValidateBench({ events: 200, seed: 1, copiesPerExample: 1, rounds: 7,
 *   sampleMs: 200, warmupMinMs: 3000, warmupMaxMs: 10000, warmupMs: 50, clock: 'cpu', coldRuns: 7 });
 * result.targets.every((t) => t.met);
 */
export async function runValidateBench(options: ValidateBenchOptions): Promise<ValidateBenchResult> {
  const progress = options.progress ?? (() => {});
  const loadStart = loadavg();
  progress(`generating the ${options.events}-event synthetic contract`);
  const project = await createBenchProject(options);
  try {
    const { contract } = project;
    const size = validatorCodeSize(project.files, project.receiver);

    progress('loading the emitted validators; compiling the same schemas with ajv');
    const contenders = await loadContenders(contract, project.appDir, project.receiver);
    const isValid = (eventId: string, data: unknown) => contenders.byEvent.get(eventId)!.ajv(data) === true;
    const inputs = benchInputs(contract, isValid, options);
    const all = [...inputs.valid, ...inputs.invalid];
    const agreement = checkAgreement(all, contenders.byEvent);
    if (agreement.disagreements.length > 0) {
      throw new Error(`the validators disagree:\n${agreement.disagreements.slice(0, 10).join('\n')}`);
    }

    progress(
      `throughput: warm-up of ${options.warmupMinMs}-${options.warmupMaxMs} ms per contender, then ${options.rounds} rounds`,
    );
    const throughput = await measureThroughput(
      [
        { name: 'valid', inputs: inputs.valid },
        { name: 'invalid', inputs: inputs.invalid },
        { name: 'all', inputs: all },
      ],
      contenders.byEvent,
      {
        rounds: options.rounds,
        sampleMs: options.sampleMs,
        warmupMs: options.warmupMs,
        warmupMinMs: options.warmupMinMs,
        warmupMaxMs: options.warmupMaxMs,
        now: options.clock === 'cpu' ? cpuClock : wallClock,
        onSample: (name, round) => progress(`throughput round ${round + 1}/${options.rounds}: ${name}`),
      },
    );

    const coldStart = await measureColdStart(
      project.appDir,
      project.receiver,
      contenders.reference,
      inputs.valid[0]!,
      options.coldRuns,
      (variant, run) => progress(`cold start ${run + 1}/${options.coldRuns}: ${variant}`),
    );

    const result: ValidateBenchResult = {
      options,
      node: process.version,
      loadAverage: { start: loadStart, end: loadavg() },
      contract: {
        events: contract.events.length,
        namedSchemas: Object.keys(contract.schemas).length,
        bytes: project.contractBytes,
      },
      inputs: { valid: inputs.valid.length, invalid: inputs.invalid.length },
      agreement,
      ajvCompileMs: contenders.ajvCompileMs,
      throughput,
      coldStart,
      size,
      targets: targetChecks(throughput.sets, coldStart, size, contract.events.length),
    };
    if (options.keep) result.workDir = project.workDir;
    return result;
  } finally {
    if (!options.keep) await project.cleanup();
  }
}

function targetChecks(
  throughput: SetThroughput[],
  coldStart: ColdStart,
  size: CodeSize,
  events: number,
): TargetCheck[] {
  const checks: TargetCheck[] = throughput.map((set) => {
    const ratio = set.ratios[0]!;
    return {
      name: `throughput, ${set.set} inputs: ours >= ${ratio.atLeast}x ajv runtime`,
      measured: `${ratio.value.toFixed(2)}x`,
      met: ratio.met === true,
    };
  });
  const cold = coldMedians(coldStart.runs.ours);
  checks.push({
    name: `cold start: import + first validation <= ${COLD_START_TARGET_MS} ms`,
    measured: `${cold.totalMs.toFixed(1)} ms (whole process ${cold.wallMs.toFixed(0)} ms)`,
    met: cold.totalMs <= COLD_START_TARGET_MS,
  });
  checks.push({
    name: `validator code <= ${(SIZE_TARGET_BYTES / 1e6).toFixed(1)} MB${events === 200 ? '' : ' (a target for 200 events)'}`,
    measured: `${(size.bytes / 1e6).toFixed(2)} MB (gzip ${(size.gzipBytes / 1e3).toFixed(0)} kB)`,
    met: size.bytes <= SIZE_TARGET_BYTES,
  });
  return checks;
}
