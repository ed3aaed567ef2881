/**
 * The differential check of `differential.test.ts` at contract scale, on the two synthetic
 * benchmark contracts (scripts/synthetic presets): the 200-event one and the large one (191 events,
 * deep nesting, definitions shared by many events, oneOf members). Per event payload, a few
 * valid-or-near-valid instances; generated validators and ajv compiled at run time must agree on
 * every verdict and issue. Verdict balance is checked over the whole contract: per event, so few
 * draws are too few to demand both kinds.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PresetName, writeSyntheticContract } from '../../../../scripts/synthetic/index.js';
import { toValidationIssue, type Validator } from '../../../runtime/src/validation/index.js';
import { compileContract } from '../../src/emit/validators/compile-contract.js';
import { emitValidators } from '../../src/emit/validators/emit-validators.js';
import type { Contract } from '../../src/ir/contract.js';
import { loadContract } from '../../src/load/index.js';
import { schemaArbitrary } from '../helpers/json-schema-arbitrary.js';
import { validAndNearValid } from '../helpers/near-valid.js';
import { createValidatorSandbox, type ValidatorSandbox } from '../helpers/validator-sandbox.js';

/** Draws per event payload: the large contract's payloads are several times bigger, so fewer. */
const RUNS_PER_EVENT: Record<PresetName, number> = { 'standard-200': 10, large: 5 };

async function presetContract(preset: PresetName): Promise<Contract> {
  const document = await writeSyntheticContract(
    await mkdtemp(join(tmpdir(), 'hookwright-differential-')),
    preset,
  );
  return (await loadContract(document)).contract!;
}

describe.each(Object.keys(RUNS_PER_EVENT) as PresetName[])(
  'differential: synthetic %s contract',
  (preset) => {
    const runs = RUNS_PER_EVENT[preset];
    let contract: Contract;
    let sandbox: ValidatorSandbox;
    let generated: Record<string, Validator>;
    beforeAll(async () => {
      contract = await presetContract(preset);
      sandbox = await createValidatorSandbox(emitValidators(contract));
      generated = (await sandbox.load<{ validators: Record<string, Validator> }>('validators.js')).validators;
    }, 60_000);
    afterAll(() => sandbox?.cleanup());

    it('agrees with ajv at run time on every instance', () => {
      const reference = compileContract(contract, { emitCode: false, messages: false });
      const verdicts = { valid: 0, invalid: 0 };
      for (const event of contract.events) {
        const validate = generated[event.id]!;
        const referenceValidate = reference.validatorFor(reference.plan.payloads.get(event.id)!)!;
        fc.assert(
          fc.property(validAndNearValid(schemaArbitrary(event.payload, contract)), (instance) => {
            const result = validate(instance);
            const expected = referenceValidate(instance);
            expect(result.valid, event.id).toBe(expected);
            verdicts[expected ? 'valid' : 'invalid']++;
            if (!result.valid)
              expect(result.issues).toEqual((referenceValidate.errors ?? []).map(toValidationIssue));
          }),
          { numRuns: runs },
        );
      }
      expect(verdicts.valid + verdicts.invalid).toBe(contract.events.length * runs);
      expect(verdicts.valid).toBeGreaterThan(contract.events.length);
      expect(verdicts.invalid).toBeGreaterThan(contract.events.length);
    }, 60_000);
  },
);
