/**
 * Generated validators against ajv compiled at run time from the same prepared schemas and the
 * same options: on valid and near-valid instances (1,000 per event payload, 300 per header and
 * named schema), both must give the same verdict, and on failures the same issue (pointer,
 * keyword, params, schema path) with the same message as ajv's own wording.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toValidationIssue, type Validator } from '../../../runtime/src/validation/index.js';
import { compileContract } from '../../src/emit/validators/compile-contract.js';
import { emitValidators } from '../../src/emit/validators/emit-validators.js';
import type { Contract, JsonSchema } from '../../src/ir/contract.js';
import { loadContract } from '../../src/load/index.js';
import { schemaArbitrary } from '../helpers/json-schema-arbitrary.js';
import { validAndNearValid } from '../helpers/near-valid.js';
import { createValidatorSandbox, type ValidatorSandbox } from '../helpers/validator-sandbox.js';
import { keywordsContract } from './fixtures/keywords-contract.js';
import { shopContract } from './fixtures/shop-contract.js';

// The bundled example as the loader builds it: real multi-file refs, formats, oneOf, nullables.
const example = await loadContract(
  new URL('../../../../examples/acme-shop/asyncapi/asyncapi.yaml', import.meta.url).pathname,
);

/** Event payloads get the most runs: they combine everything. Per contract this is well over 1,000. */
const RUNS = { validators: 1000, headerValidators: 300, schemaValidators: 300 } as const;

type Tables = Record<'validators' | 'headerValidators' | 'schemaValidators', Record<string, Validator>>;

interface Target {
  label: string;
  schema: JsonSchema;
  table: keyof Tables;
  key: string;
  binding: { dialect: 'draft-07' | '2020-12'; exportName: string };
}

function targetsOf(contract: Contract, plan: ReturnType<typeof compileContract>['plan']): Target[] {
  const targets: Target[] = [];
  for (const event of contract.events) {
    targets.push({
      label: `payload of ${event.id}`,
      schema: event.payload,
      table: 'validators',
      key: event.id,
      binding: plan.payloads.get(event.id)!,
    });
    if (event.headers) {
      targets.push({
        label: `headers of ${event.id}`,
        schema: event.headers,
        table: 'headerValidators',
        key: event.id,
        binding: plan.headers.get(event.id)!,
      });
    }
  }
  for (const [name, entry] of Object.entries(contract.schemas)) {
    targets.push({
      label: `schema ${name}`,
      schema: entry.schema,
      table: 'schemaValidators',
      key: name,
      binding: plan.schemas.get(name)!,
    });
  }
  return targets;
}

describe.each([
  ['shop', shopContract],
  ['keywords', keywordsContract],
  ['acme-shop example', () => example.contract!],
])('differential: %s contract', (_name, makeContract) => {
  const contract = makeContract();
  let sandbox: ValidatorSandbox;
  let generated: Tables;
  beforeAll(async () => {
    sandbox = await createValidatorSandbox(emitValidators(contract));
    generated = await sandbox.load<Tables>('validators.js');
  });
  afterAll(() => sandbox.cleanup());

  const reference = compileContract(contract, { emitCode: false, messages: false });
  const wording = compileContract(contract, { emitCode: false, messages: true });
  const targets = targetsOf(contract, reference.plan);

  it.each(targets.map((t) => [t.label, t] as const))('%s', (_label, target) => {
    const validate = generated[target.table][target.key]!;
    const referenceValidate = reference.validatorFor(target.binding)!;
    const wordingValidate = wording.validatorFor(target.binding)!;
    const verdicts = { valid: 0, invalid: 0 };
    fc.assert(
      fc.property(validAndNearValid(schemaArbitrary(target.schema, contract)), (instance) => {
        const result = validate(instance);
        const expected = referenceValidate(instance);
        expect(result.valid).toBe(expected);
        verdicts[expected ? 'valid' : 'invalid']++;
        if (!result.valid) {
          wordingValidate(instance);
          expect(result.issues).toEqual((wordingValidate.errors ?? []).map(toValidationIssue));
          const sameOptions = (referenceValidate.errors ?? []).map(toValidationIssue);
          expect(result.issues).toEqual(sameOptions);
        }
      }),
      { numRuns: RUNS[target.table] },
    );
    // Both answers must be well represented, or the comparison proves little.
    expect(verdicts.valid).toBeGreaterThan(RUNS[target.table] * 0.1);
    expect(verdicts.invalid).toBeGreaterThan(RUNS[target.table] * 0.1);
  });
});
