/**
 * The emitted declarations type-check under strict settings against the runtime's real types, and
 * give consumers what they need: known event ids only, results narrowed by `valid`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { EventDefinition } from '../../../runtime/src/events/index.js';
import {
  type CompiledValidateFunction,
  createValidator,
  type Validator,
} from '../../../runtime/src/validation/index.js';
import { emitValidators } from '../../src/emit/validators/emit-validators.js';
import { formatTypeDiagnostics, typecheck } from '../helpers/typecheck.js';
import { shopContract } from './fixtures/shop-contract.js';

const RUNTIME_VALIDATION = new URL('../../../runtime/src/validation/', import.meta.url);

/** `@hookwright/runtime` as a consumer sees it, with `./validation` typed by the real sources. */
function runtimePackage(): Record<string, string> {
  const files: Record<string, string> = {
    'node_modules/@hookwright/runtime/package.json': JSON.stringify({
      name: '@hookwright/runtime',
      type: 'module',
      exports: { './validation': { types: './src/validation/index.ts' } },
    }),
  };
  for (const name of readdirSync(RUNTIME_VALIDATION)) {
    if (name.endsWith('.ts')) {
      files[`node_modules/@hookwright/runtime/src/validation/${name}`] = readFileSync(
        new URL(name, RUNTIME_VALIDATION),
        'utf8',
      );
    }
  }
  return files;
}

const CONSUMER = `
import { headerValidators, schemaValidators, validators } from './validators.js';
import type { ValidationIssue } from '@hookwright/runtime/validation';

const result = validators['order.created@1'](JSON.parse('{}'));
if (result.valid) {
  const value: unknown = result.value;
  void value;
} else {
  const first: ValidationIssue | undefined = result.issues[0];
  const where: string | undefined = first?.pointer;
  void where;
}
headerValidators['order.created@1']({});
schemaValidators.Money({ amount: 1, currency: 'EUR' });
// @ts-expect-error: not an event of the contract
validators['order.deleted@1'];
// @ts-expect-error: customer.updated@1 describes no headers
headerValidators['customer.updated@1'];
// @ts-expect-error: the tables are read-only
validators['order.created@1'] = validators['customer.updated@1'];
`;

describe('emitted declarations', () => {
  it('type-check with a strict consumer against the runtime types', () => {
    const emitted = emitValidators(shopContract());
    const declarations = Object.fromEntries(
      Object.entries(emitted).filter(([path]) => path.endsWith('.d.ts')),
    );
    const diagnostics = typecheck({ ...declarations, ...runtimePackage(), 'consumer.ts': CONSUMER });
    expect(formatTypeDiagnostics(diagnostics)).toBe('');
  });

  it('a generated validator is an event-table validator of @hookwright/runtime/events', () => {
    const validate = createValidator((() => true) as CompiledValidateFunction);
    expectTypeOf(validate).toEqualTypeOf<Validator<unknown>>();
    expectTypeOf(validate).toExtend<EventDefinition['validate']>();
  });
});
