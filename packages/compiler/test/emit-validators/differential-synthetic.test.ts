/**
 * The differential check of `differential.test.ts` at contract scale: on the 200-event synthetic
 * contract, 10 valid-or-near-valid instances per event payload (2,000 in all), generated
 * validators and ajv compiled at run time must agree on every verdict and issue. Verdict balance
 * is checked over the whole contract: per event, 10 draws are too few to demand both kinds.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticContract } from '../../../../scripts/synthetic/index.js';
import { toValidationIssue, type Validator } from '../../../runtime/src/validation/index.js';
import { compileContract } from '../../src/emit/validators/compile-contract.js';
import { emitValidators } from '../../src/emit/validators/emit-validators.js';
import { loadContract } from '../../src/load/index.js';
import { schemaArbitrary } from '../helpers/json-schema-arbitrary.js';
import { validAndNearValid } from '../helpers/near-valid.js';
import { createValidatorSandbox, type ValidatorSandbox } from '../helpers/validator-sandbox.js';

const RUNS_PER_EVENT = 10;
const document = join(await mkdtemp(join(tmpdir(), 'hookwright-differential-')), 'asyncapi.yaml');
await writeFile(document, syntheticContract({ events: 200 }));
const contract = (await loadContract(document)).contract!;

describe('differential: 200-event synthetic contract', () => {
  let sandbox: ValidatorSandbox;
  let generated: Record<string, Validator>;
  beforeAll(async () => {
    sandbox = await createValidatorSandbox(emitValidators(contract));
    generated = (await sandbox.load<{ validators: Record<string, Validator> }>('validators.js')).validators;
  });
  afterAll(() => sandbox.cleanup());

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
        { numRuns: RUNS_PER_EVENT },
      );
    }
    expect(verdicts.valid + verdicts.invalid).toBe(contract.events.length * RUNS_PER_EVENT);
    expect(verdicts.valid).toBeGreaterThan(contract.events.length);
    expect(verdicts.invalid).toBeGreaterThan(contract.events.length);
  });
});
