/**
 * What both validators are timed on: every payload example of the contract (valid by construction:
 * the compiler refuses a failing example), and near-invalid copies of each, one small change away.
 */

import type { Contract } from '../../../packages/compiler/src/index.js';
import { mutate } from '../../../packages/compiler/test/helpers/near-valid.js';
import { createRandom } from '../../synthetic/random.js';

export interface BenchInput {
  /** `type@version` of the event whose payload validator checks `data`. */
  eventId: string;
  data: unknown;
  /** What the input was made to be; the agreement check holds both validators to it. */
  expectValid: boolean;
}

export interface BenchInputs {
  valid: BenchInput[];
  invalid: BenchInput[];
}

/** Tries per invalid copy before giving up on an example (a mutation can leave the value valid). */
const ATTEMPTS = 64;

/**
 * The contract's payload examples, plus `copiesPerExample` mutated copies of each that `isValid`
 * (the reference validator) rejects. Copies keep an object at the root: replacing the whole payload
 * by `null` fails on the first check and would say nothing about either validator. Deterministic
 * for a given `seed`.
 *
 * @example
 * const inputs = benchInputs(contract, (id, data) => reference[id](data), { copiesPerExample: 2, seed: 1 });
 * inputs.valid.length; // one per example
 */
export function benchInputs(
  contract: Contract,
  isValid: (eventId: string, data: unknown) => boolean,
  options: { copiesPerExample: number; seed: number },
): BenchInputs {
  const random = createRandom(options.seed);
  const valid: BenchInput[] = [];
  const invalid: BenchInput[] = [];
  for (const event of contract.events) {
    for (const example of event.examples) {
      if (example.payload === undefined) continue;
      valid.push({ eventId: event.id, data: example.payload, expectValid: true });
      for (let copy = 0; copy < options.copiesPerExample; copy++) {
        const data = nearInvalid(example.payload, (data) => isValid(event.id, data), random);
        if (data !== undefined) invalid.push({ eventId: event.id, data, expectValid: false });
      }
    }
  }
  if (valid.length === 0) throw new Error('the contract has no payload examples to validate');
  if (invalid.length === 0) throw new Error('no mutation of any example made it invalid');
  return { valid, invalid };
}

function nearInvalid(
  example: unknown,
  isValid: (data: unknown) => boolean,
  random: ReturnType<typeof createRandom>,
): unknown {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const data = mutate(example, random.int(0, 1 << 20), random.int(0, 1 << 20));
    if (isPlainObject(data) && !isValid(data)) return data;
  }
  return undefined;
}

function isPlainObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
