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
} from '../lib/index.js';
import type { EventValidators } from './contenders.js';
import type { BenchInput } from './inputs.js';

export type ContenderName = 'ours' | 'ours raw' | 'ajv runtime';

export interface InputSet {
  name: string;
  inputs: readonly BenchInput[];
}

export interface SetThroughput {
  set: string;
  inputs: number;
  /** Validations per second, per round, per contender. */
  results: CaseResult[];
  /** `ours / ajv runtime` (target >= 1), then `ours raw / ajv runtime` and `ours / ours raw` (no target). */
  ratios: RatioLine[];
}

/** Minimum of `ours / ajv runtime` the issue asks for. */
export const THROUGHPUT_TARGET = 1;

/**
 * Measures every set with `runInterleaved`; the contenders of one set run interleaved, round by round.
 *
 * @example
 * const sets = await measureThroughput([{ name: 'valid', inputs }], byEvent, { rounds: 7 });
 * sets[0].ratios[0].value; // ours / ajv runtime
 */
export async function measureThroughput(
  sets: readonly InputSet[],
  byEvent: ReadonlyMap<string, EventValidators>,
  options: RunOptions,
): Promise<SetThroughput[]> {
  const out: SetThroughput[] = [];
  for (const set of sets) {
    const validatorsOf = (input: BenchInput) => byEvent.get(input.eventId)!;
    const cases: BenchCase[] = [
      roundRobin('ours', set.inputs, (input) => validatorsOf(input).ours),
      roundRobin('ours raw', set.inputs, (input) => validatorsOf(input).oursRaw),
      roundRobin('ajv runtime', set.inputs, (input) => validatorsOf(input).ajv),
    ];
    const results = await runInterleaved(cases, {
      ...options,
      onSample: (name, round) => options.onSample?.(`${set.name}: ${name}`, round),
    });
    const [ours, raw, ajv] = results as [CaseResult, CaseResult, CaseResult];
    const ratios = computeRatios([
      {
        label: `${set.name}: ours / ajv runtime`,
        numerator: ours,
        denominator: ajv,
        atLeast: THROUGHPUT_TARGET,
      },
      { label: `${set.name}: ours raw / ajv runtime`, numerator: raw, denominator: ajv },
      { label: `${set.name}: ours / ours raw`, numerator: ours, denominator: raw },
    ]);
    out.push({ set: set.name, inputs: set.inputs.length, results, ratios });
  }
  return out;
}

/**
 * A case that validates input i with its validator, then input i + 1, wrapping around. Functions and
 * data sit in two arrays picked before timing, so the loop itself costs the same for every contender.
 */
function roundRobin(
  name: ContenderName,
  inputs: readonly BenchInput[],
  pick: (input: BenchInput) => (data: unknown) => unknown,
): BenchCase {
  const functions = inputs.map(pick);
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
