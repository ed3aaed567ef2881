/**
 * Validation throughput, in this process: each case validates the inputs of a set one after
 * another, round-robin, so every event's validator runs (call sites see 200 different functions, as
 * in a real receiver). One operation is one validation.
 */
import {
  type BenchCase,
  type CaseResult,
  computeRatios,
  type RatioLine,
  type RunOptions,
  runInterleaved,
  wallClock,
} from '../lib/index.js';
import type { EventValidators } from './contenders.js';
import type { BenchInput } from './inputs.js';
import { type Warmup, warmUntilSteady } from './warmup.js';

const CONTENDERS = ['ours', 'ours raw', 'ajv runtime'] as const;
export type ContenderName = (typeof CONTENDERS)[number];

export interface InputSet {
  name: string;
  inputs: readonly BenchInput[];
}

export interface ContenderWarmup extends Warmup {
  contender: ContenderName;
}

export interface Throughput {
  /** How long each contender ran over every input before timing, and whether its speed had settled. */
  warmups: ContenderWarmup[];
  sets: SetThroughput[];
}

export interface SetThroughput {
  set: string;
  inputs: number;
  /** Validations per second, per round, per contender (in `CONTENDERS` order). */
  results: CaseResult[];
  /** `ours / ajv runtime` (target >= 1), then `ours raw / ajv runtime` and `ours / ours raw` (no target). */
  ratios: RatioLine[];
}

export interface ThroughputOptions extends RunOptions {
  /** Shortest and longest warm-up per contender (see `warmUntilSteady`), ms on the run's clock. */
  warmupMinMs: number;
  warmupMaxMs: number;
}

/**
 * Minimum of `ours / ajv runtime` issue 15 asks for, by input set: 1.1x on valid input (the
 * generated code itself has to be faster), 1.0x on invalid input and on the mix.
 */
export const THROUGHPUT_TARGETS: Readonly<Record<string, number>> = { valid: 1.1, invalid: 1, all: 1 };

/**
 * Warms each contender up on every input until its speed settles, then measures every contender on
 * every set in one `runInterleaved`: each round runs all set x contender cases, so drift of a shared
 * machine affects every figure alike.
 *
 * @example
 * const { sets } = await measureThroughput([{ name: 'valid', inputs }], byEvent, { rounds: 7, warmupMinMs: 3000, warmupMaxMs: 10000 });
 * sets[0].ratios[0].value; // ours / ajv runtime
 */
export async function measureThroughput(
  sets: readonly InputSet[],
  byEvent: ReadonlyMap<string, EventValidators>,
  options: ThroughputOptions,
): Promise<Throughput> {
  const casesOf = (set: InputSet) =>
    CONTENDERS.map((contender) => roundRobin(`${set.name}: ${contender}`, set.inputs, contender, byEvent));
  const everything = sets.flatMap((set) => set.inputs);
  const warmups = CONTENDERS.map((contender) => ({
    contender,
    ...warmUntilSteady(roundRobin(contender, everything, contender, byEvent), {
      windowMs: 100,
      tolerance: 0.1,
      windows: 4,
      minMs: options.warmupMinMs,
      maxMs: options.warmupMaxMs,
      now: options.now ?? wallClock,
    }),
  }));
  const results = await runInterleaved(sets.flatMap(casesOf), options);
  const measured = sets.map((set, index) => {
    const [ours, raw, ajv] = results.slice(index * CONTENDERS.length, (index + 1) * CONTENDERS.length) as [
      CaseResult,
      CaseResult,
      CaseResult,
    ];
    const ratios = computeRatios([
      {
        label: `${set.name}: ours / ajv runtime`,
        numerator: ours,
        denominator: ajv,
        atLeast: THROUGHPUT_TARGETS[set.name] ?? 1,
      },
      { label: `${set.name}: ours raw / ajv runtime`, numerator: raw, denominator: ajv },
      { label: `${set.name}: ours / ours raw`, numerator: ours, denominator: raw },
    ]);
    const named = (result: CaseResult, contender: ContenderName) => ({ ...result, name: contender });
    return {
      set: set.name,
      inputs: set.inputs.length,
      results: [named(ours, 'ours'), named(raw, 'ours raw'), named(ajv, 'ajv runtime')],
      ratios,
    };
  });
  return { warmups, sets: measured };
}

/**
 * A case that validates input i with its validator, then input i + 1, wrapping around. Functions and
 * data sit in two arrays picked before timing, so the loop itself costs the same for every contender.
 */
function roundRobin(
  name: string,
  inputs: readonly BenchInput[],
  contender: ContenderName,
  byEvent: ReadonlyMap<string, EventValidators>,
): BenchCase {
  const functions = inputs.map((input): ((data: unknown) => unknown) => {
    const validators = byEvent.get(input.eventId)!;
    return contender === 'ours'
      ? validators.ours
      : contender === 'ours raw'
        ? validators.oursRaw
        : validators.ajv;
  });
  const data = inputs.map((input) => input.data);
  const count = inputs.length;
  let next = 0;
  return {
    name,
    run: () => {
      const result = functions[next]!(data[next]);
      next = next + 1 === count ? 0 : next + 1;
      return result;
    },
  };
}
