/**
 * Types may be wider than the schema, never narrower: every instance the emitted validator
 * accepts must type-check against the generated payload (or named schema) type when assigned as a
 * non-literal value (a declared constant of the instance's exact type, so no excess-property check
 * helps). Instances come from the same generators as the differential tests: valid ones and near
 * misses, of which the validator decides.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Validator } from '../../../runtime/src/validation/index.js';
import { emitTypes, resolveTypeNames } from '../../src/emit/types/index.js';
import { emitValidators } from '../../src/emit/validators/emit-validators.js';
import type { Contract, JsonSchema } from '../../src/ir/contract.js';
import { loadContract } from '../../src/load/index.js';
import { contractOf, eventVersion } from '../helpers/contract-ir.js';
import { schemaArbitrary } from '../helpers/json-schema-arbitrary.js';
import { validAndNearValid } from '../helpers/near-valid.js';
import { formatTypeDiagnostics, typecheck } from '../helpers/typecheck.js';
import { createValidatorSandbox, type ValidatorSandbox } from '../helpers/validator-sandbox.js';
import { keywordsContract } from './fixtures/keywords-contract.js';
import { shopContract } from './fixtures/shop-contract.js';

const example = await loadContract(
  new URL('../../../../examples/acme-shop/asyncapi/asyncapi.yaml', import.meta.url).pathname,
);

const SAMPLES = 150;

/** Instances the generators rarely reach, tried on every contract (the validator decides). */
const EXTRA: Record<string, unknown[]> = {
  'edge.weak@1': [{ beta: true }, { other: [1] }, {}],
  'edge.patterns@1': [
    { id: 'a', other: true },
    { id: 'a', n_x: 1, m: 'x' },
  ],
  'edge.tuple@1': [['a'], ['a', 1, { more: true }]],
  'edge.nullable-ref@1': [{ prefs: null }, { prefs: { beta: false, x: 1 } }],
};

/** The shapes TypeScript handles worst: open objects of optional properties, patterns, tuples. */
function edgeContract(): Contract {
  return contractOf({
    schemas: {
      Prefs: { type: 'object', properties: { theme: { type: 'string' }, beta: { type: 'boolean' } } },
    },
    events: [
      eventVersion('edge.weak', 1, { $ref: '#/schemas/Prefs' }),
      eventVersion('edge.patterns', 1, {
        type: 'object',
        properties: { id: { type: 'string' } },
        required: ['id'],
        patternProperties: { '^n_': { type: 'number' } },
      }),
      eventVersion('edge.tuple', 1, {
        type: 'array',
        prefixItems: [{ type: 'string' }, { type: 'integer' }],
        minItems: 1,
      }),
      eventVersion('edge.nullable-ref', 1, {
        type: 'object',
        properties: { prefs: { $ref: '#/schemas/Prefs', nullable: true } },
      }),
    ],
  });
}

/** The exact type of a JSON value as TypeScript source: literals, tuples, object literal types. */
function typeOfValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map(typeOfValue).join(', ')}]`;
  if (typeof value === 'object') {
    const members = Object.entries(value as Record<string, unknown>).map(
      ([key, item]) => `${JSON.stringify(key)}: ${typeOfValue(item)};`,
    );
    return `{ ${members.join(' ')} }`;
  }
  return JSON.stringify(value);
}

interface Target {
  id: string;
  schema: JsonSchema;
  typeName: string;
}

describe.each([
  ['shop', shopContract],
  ['keywords', keywordsContract],
  ['edge cases', edgeContract],
  ['acme-shop example', () => example.contract!],
])('type soundness: %s contract', (_name, makeContract) => {
  const contract = makeContract();
  let sandbox: ValidatorSandbox;
  let validators: Record<string, Validator>;
  beforeAll(async () => {
    sandbox = await createValidatorSandbox(emitValidators(contract));
    ({ validators } = await sandbox.load<{ validators: Record<string, Validator> }>('validators.js'));
  });
  afterAll(() => sandbox.cleanup());

  it('every accepted instance is assignable to its payload type', () => {
    const names = resolveTypeNames(contract);
    const targets: Target[] = contract.events.map((event) => ({
      id: event.id,
      schema: event.payload,
      typeName: names.events[event.id]!.data,
    }));
    const lines: string[] = [];
    const instances: Array<{ id: string; value: unknown }> = [];
    let seed = 1;
    for (const target of targets) {
      const arbitrary = validAndNearValid(schemaArbitrary(target.schema, contract));
      const sampled = fc.sample(arbitrary, { numRuns: SAMPLES, seed: seed++ });
      for (const value of [...(EXTRA[target.id] ?? []), ...sampled]) {
        if (!validators[target.id]!(value).valid) continue;
        const n = instances.length;
        instances.push({ id: target.id, value });
        lines.push(
          `declare const v${n}: ${typeOfValue(value)};`,
          `export const t${n}: ${target.typeName} = v${n};`,
        );
      }
    }
    expect(instances.length).toBeGreaterThan(targets.length * SAMPLES * 0.2);
    const check = `import type { ${[...new Set(targets.map((t) => t.typeName))].join(', ')} } from './types.js';\n${lines.join('\n')}\n`;
    const diagnostics = typecheck({ 'types.ts': emitTypes(contract)['types.ts']!, 'check.ts': check });
    // Name the instance behind each failure: line 2k+2 of check.ts assigns instance k.
    const failures = diagnostics.map((d) => {
      const k = Math.floor((d.line - 3) / 2);
      const instance = instances[k];
      return `${instance?.id} ${JSON.stringify(instance?.value)}\n  ${formatTypeDiagnostics([d])}`;
    });
    expect(failures.slice(0, 5).join('\n')).toBe('');
  });
});
