/**
 * Legal JSON Schema is never refused: unknown keywords are ignored (reported once each, by
 * policy), ajv's strict-mode doubts are warnings, `nullable` beside `$ref`/`allOf` means "or
 * null", and properties named like `Object.prototype` members are ordinary names. Each case runs
 * the emitted validator, not only the diagnostics.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Validator } from '../../../runtime/src/validation/index.js';
import { buildValidators } from '../../src/emit/validators/build-validators.js';
import { emitValidators } from '../../src/emit/validators/emit-validators.js';
import type { UnknownKeywordPolicy } from '../../src/emit/validators/use-tally.js';
import type { Contract, JsonSchema, SchemaDialect } from '../../src/ir/contract.js';
import { contractOf, eventVersion } from '../helpers/contract-ir.js';
import { createValidatorSandbox, type ValidatorSandbox } from '../helpers/validator-sandbox.js';

const sandboxes: ValidatorSandbox[] = [];
afterAll(async () => {
  await Promise.all(sandboxes.map((s) => s.cleanup()));
});

/** One event `e@1` with `payload`, plus named schemas. */
function contractWith(
  payload: JsonSchema,
  schemas: Record<string, JsonSchema> = {},
  dialect: SchemaDialect = 'draft-07',
): Contract {
  return contractOf({ schemas, events: [eventVersion('e', 1, payload, { dialect })] });
}

async function validatorOf(contract: Contract, policy?: UnknownKeywordPolicy): Promise<Validator> {
  const { files, diagnostics } = buildValidators(contract, policy ? { unknownKeywords: policy } : {});
  if (!files) throw new Error(`not emitted: ${diagnostics.map((d) => d.message).join('; ')}`);
  const sandbox = await createValidatorSandbox(files);
  sandboxes.push(sandbox);
  const { validators } = await sandbox.load<{ validators: Record<string, Validator> }>('validators.js');
  return validators['e@1']!;
}

const summary = (contract: Contract, policy?: UnknownKeywordPolicy) =>
  buildValidators(contract, policy ? { unknownKeywords: policy } : {}).diagnostics.map(
    (d) => `${d.severity} ${d.code} ${d.pointer} ${d.message}`,
  );

describe('unknown keywords', () => {
  // The shape of large providers' published schemas: TypeScript hints as keywords of their own.
  const vendor = contractWith(
    {
      type: 'object',
      tsAdditionalProperties: false,
      properties: {
        id: { type: 'string', tsType: 'CustomerId' },
        email: { type: 'string', tsType: 'Email', 'x-order': 2 },
        plan: { $ref: '#/schemas/Plan' },
      },
      required: ['id'],
    },
    { Plan: { enum: ['free', 'pro'], tsType: 'Plan', discriminator: { propertyName: 'kind' } } },
  );

  it('are ignored by the validator: the schema validates as if they were not there', async () => {
    const validate = await validatorOf(vendor);
    expect(validate({ id: 'c1', extra: true, plan: 'pro' }).valid).toBe(true);
    expect(validate({ id: 1 }).valid).toBe(false);
    expect(validate({ id: 'c1', plan: 'gold' }).valid).toBe(false);
  });

  it('warn once per keyword with its count and first location; annotations and x-* never warn', () => {
    expect(summary(vendor)).toEqual([
      'warning unknown-keyword /components/messages/EV1/payload/tsAdditionalProperties payload of e@1: unknown keyword "tsAdditionalProperties" is ignored, as JSON Schema says; set unknownKeywords to "ignore" to silence this or "error" to refuse it',
      'warning unknown-keyword /components/schemas/Plan/tsType schema Plan: unknown keyword "tsType" is ignored, as JSON Schema says; used 3 times, this is the first; set unknownKeywords to "ignore" to silence this or "error" to refuse it',
    ]);
  });

  it('unknownKeywords "ignore" says nothing; "error" refuses the contract', () => {
    expect(summary(vendor, 'ignore')).toEqual([]);
    const result = buildValidators(vendor, { unknownKeywords: 'error' });
    expect(result.files).toBeUndefined();
    expect(result.diagnostics.map((d) => `${d.severity} ${d.code}`)).toEqual([
      'error unknown-keyword',
      'error unknown-keyword',
    ]);
    expect(result.diagnostics[1]!.message).toBe(
      'schema Plan: unknown keyword "tsType": expected only keywords of the schema\'s JSON Schema dialect (unknownKeywords is "error"); used 3 times, this is the first',
    );
  });

  it('a keyword of the other dialect is unknown: draft-07 ignores prefixItems, 2020-12 checks it', async () => {
    const payload = { type: 'array', prefixItems: [{ type: 'string' }] };
    const draft07 = await validatorOf(contractWith(payload));
    const draft2020 = await validatorOf(contractWith(payload, {}, '2020-12'));
    expect(draft07([1]).valid).toBe(true);
    expect(draft2020([1]).valid).toBe(false);
  });

  it('an unknown format is accepted and reported once with its count', async () => {
    const contract = contractWith({
      type: 'object',
      properties: { a: { type: 'string', format: 'currency' }, b: { type: 'string', format: 'currency' } },
    });
    expect(summary(contract)).toEqual([
      'warning unknown-format /components/messages/EV1/payload/properties/a/format payload of e@1: unknown format "currency" is not checked (known formats are ajv-formats\' "full" set); used 2 times, this is the first',
    ]);
    expect((await validatorOf(contract))({ a: 'anything' }).valid).toBe(true);
  });

  it('a schema ajv cannot compile for another reason stays a located error', () => {
    const result = buildValidators(contractWith({ type: 'string', pattern: '(', tsType: 'X' }));
    expect(result.files).toBeUndefined();
    expect(result.diagnostics.map((d) => `${d.severity} ${d.code} ${d.pointer}`)).toEqual([
      'error invalid-schema /components/messages/EV1/payload/pattern',
      'warning unknown-keyword /components/messages/EV1/payload/tsType',
    ]);
  });
});

describe("strict mode's doubts about legal schemas are warnings, and the schema means what JSON Schema says", () => {
  const cases: Array<{
    name: string;
    dialect: SchemaDialect;
    schema: JsonSchema;
    pointer: string;
    valid: unknown[];
    invalid: unknown[];
  }> = [
    {
      name: 'additionalItems beside a schema-valued items',
      dialect: 'draft-07',
      schema: { type: 'array', items: { type: 'string' }, additionalItems: false },
      pointer: '/additionalItems',
      valid: [['a', 'b', 'c']],
      invalid: [['a', 1]],
    },
    {
      name: 'if without then or else',
      dialect: 'draft-07',
      schema: { type: 'string', if: { minLength: 3 } },
      pointer: '/if',
      valid: ['a', 'abcd'],
      invalid: [1],
    },
    {
      name: 'then without if',
      dialect: 'draft-07',
      // biome-ignore lint/suspicious/noThenProperty: the JSON Schema keyword
      schema: { type: 'string', then: { minLength: 3 } },
      pointer: '/then',
      valid: ['a'],
      invalid: [1],
    },
    {
      name: 'a property that also matches a patternProperties pattern',
      dialect: '2020-12',
      schema: {
        type: 'object',
        properties: { foo: { type: 'string' } },
        patternProperties: { '^f': { minLength: 4 } },
      },
      pointer: '/properties/foo',
      valid: [{ foo: 'four' }, { bar: 1 }],
      invalid: [{ foo: 'abc' }, { foo: 4444 }, { fizz: 'abc' }],
    },
    {
      name: 'maxContains without contains',
      dialect: '2020-12',
      schema: { type: 'array', maxContains: 1 },
      pointer: '/maxContains',
      valid: [[1, 1, 1]],
      invalid: [{}],
    },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const contract = contractWith(c.schema, {}, c.dialect);
      const warnings = buildValidators(contract).diagnostics.filter((d) => d.code === 'schema-strict');
      expect(warnings.map((d) => d.pointer)).toContain(`/components/messages/EV1/payload${c.pointer}`);
      const validate = await validatorOf(contract);
      for (const value of c.valid) expect(validate(value).valid, JSON.stringify(value)).toBe(true);
      for (const value of c.invalid) expect(validate(value).valid, JSON.stringify(value)).toBe(false);
    });
  }
});

describe('nullable beside $ref or allOf (OpenAPI 3.0 style) means "or null"', () => {
  const customer = { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] };
  const fields: Array<[string, JsonSchema]> = [
    ['$ref', { $ref: '#/schemas/Customer', nullable: true }],
    ['allOf', { allOf: [{ $ref: '#/schemas/Customer' }], nullable: true }],
    ['allOf with siblings', { allOf: [{ $ref: '#/schemas/Customer' }], nullable: true, description: 'x' }],
  ];
  for (const [name, field] of fields) {
    it(name, async () => {
      const contract = contractWith(
        { type: 'object', properties: { customer: field }, required: ['customer'] },
        { Customer: customer },
      );
      expect(buildValidators(contract).diagnostics).toEqual([]);
      const validate = await validatorOf(contract);
      expect(validate({ customer: null }).valid).toBe(true);
      expect(validate({ customer: { id: 'c' } }).valid).toBe(true);
      expect(validate({ customer: { id: 1 } }).valid).toBe(false);
      expect(validate({ customer: 'c' }).valid).toBe(false);
      expect(validate({}).valid).toBe(false);
    });
  }

  it('nullable: false without type changes nothing', async () => {
    const validate = await validatorOf(
      contractWith({ $ref: '#/schemas/Customer', nullable: false }, { Customer: customer }),
    );
    expect(validate(null).valid).toBe(false);
    expect(validate({ id: 'c' }).valid).toBe(true);
  });

  it('nullable beside type is left to ajv (the generated code does not change)', () => {
    const plain = emitValidators(contractWith({ type: ['string', 'null'] }));
    const nullable = emitValidators(contractWith({ type: 'string', nullable: true }));
    expect(nullable['validators.draft-07.js']).toContain('data !== null');
    expect(plain['validators.draft-07.js']).toContain('data !== null');
    expect(nullable['validators.draft-07.js']).not.toContain('anyOf');
  });
});

describe('Object.prototype member names are ordinary property names', () => {
  const payload = {
    type: 'object',
    properties: { constructor: { type: 'string' }, toString: { type: 'integer' } },
    required: ['constructor', '__proto__'],
  };
  it('a missing required constructor or __proto__ is missing; a present one is checked', async () => {
    const validate = await validatorOf(contractWith(payload));
    const parse = (text: string) => JSON.parse(text) as unknown;
    expect(validate(parse('{"constructor": "c", "__proto__": 1}')).valid).toBe(true);
    expect(validate(parse('{"__proto__": 1}')).valid).toBe(false);
    expect(validate(parse('{"constructor": "c"}')).valid).toBe(false);
    expect(validate(parse('{"constructor": 5, "__proto__": 1}')).valid).toBe(false);
    expect(validate(parse('{"constructor": "c", "__proto__": 1, "toString": 1.5}')).valid).toBe(false);
    expect(validate(parse('{"constructor": "c", "__proto__": 1, "toString": 2}')).valid).toBe(true);
  });

  it('only contracts that need own-property checks get them', () => {
    const plain = emitValidators(contractWith({ type: 'object', required: ['id'] }));
    const inherited = emitValidators(contractWith(payload));
    expect(plain['validators.draft-07.js']).not.toContain('hasOwnProperty');
    expect(inherited['validators.draft-07.js']).toContain('hasOwnProperty');
  });
});

describe('an allOf member whose sibling requires its type: no strictTypes warning', () => {
  const base = { type: 'object', properties: { seq: { type: 'integer' } }, required: ['seq'] };
  const cases: Array<{ name: string; schema: JsonSchema; warned: string[] }> = [
    {
      name: 'properties and required beside a $ref to an object schema',
      schema: {
        allOf: [
          { properties: { type: { type: 'string', const: 'heartbeat' } }, required: ['type'] },
          { $ref: '#/schemas/Base' },
        ],
      },
      warned: [],
    },
    {
      name: 'beside an inline type: object',
      schema: { allOf: [{ properties: { a: { type: 'string' } } }, { type: 'object' }] },
      warned: [],
    },
    {
      name: 'minimum beside type: integer (an integer is a number)',
      schema: { allOf: [{ minimum: 1 }, { type: 'integer' }] },
      warned: [],
    },
    {
      name: 'still warned when no sibling says what the value is',
      schema: { allOf: [{ properties: { a: { type: 'string' } } }, { required: ['a'] }] },
      warned: ['/allOf/0/properties', '/allOf/1/required'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const contract = contractWith(c.schema, { Base: base });
      const warnings = buildValidators(contract).diagnostics.filter((d) => d.code === 'schema-strict');
      expect(warnings.map((d) => d.pointer)).toEqual(
        c.warned.map((pointer) => `/components/messages/EV1/payload${pointer}`),
      );
    });
  }

  it('the sibling still decides: a value of another type is refused', async () => {
    const validate = await validatorOf(contractWith(cases[0]!.schema, { Base: base }));
    expect(validate({ type: 'heartbeat', seq: 1 }).valid).toBe(true);
    expect(validate({ seq: 1 }).valid).toBe(false);
    expect(validate('heartbeat').valid).toBe(false);
  });
});
