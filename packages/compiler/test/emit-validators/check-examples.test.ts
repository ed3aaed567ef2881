/**
 * Generate-time checks: failing examples and broken schemas become diagnostics with a location,
 * the JSON pointer, what was expected and what was found.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Validator } from '../../../runtime/src/validation/index.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { buildValidators } from '../../src/emit/validators/build-validators.js';
import { emitValidators, ValidatorSchemaError } from '../../src/emit/validators/emit-validators.js';
import { checkExamples } from '../../src/examples/check-examples.js';
import type { Contract, JsonSchema, MessageExample } from '../../src/ir/contract.js';
import { contractOf, eventVersion, namedSchema } from '../helpers/contract-ir.js';
import { runTable } from '../helpers/table.js';
import { createValidatorSandbox, type ValidatorSandbox } from '../helpers/validator-sandbox.js';
import { orderCreatedExample, shopContract } from './fixtures/shop-contract.js';

const exampleSource = {
  file: 'events/orders.yaml',
  line: 42,
  col: 11,
  pointer: '/components/messages/OrderCreated/examples/0',
};

/** The shop contract with its order example replaced. */
function withOrderExample(example: Partial<MessageExample>): Contract {
  const contract = shopContract();
  contract.events[0]!.examples = [{ source: exampleSource, ...example }];
  return contract;
}
const broken = (edit: (o: typeof orderCreatedExample) => void) => {
  const copy = structuredClone(orderCreatedExample);
  edit(copy);
  return copy as unknown as MessageExample['payload'];
};

describe('examples', () => {
  it('the shop contract is clean: no diagnostic at all', () => {
    expect(checkExamples(shopContract())).toEqual([]);
  });

  it('a failing payload example is an error at the example, naming pointer, expectation and finding', () => {
    const contract = withOrderExample({
      name: 'paid order',
      payload: broken((o) => (o.total.currency = 'gbp')),
    });
    expect(checkExamples(contract)).toEqual([
      {
        severity: 'error',
        code: 'invalid-example',
        message:
          'example "paid order" of order.created@1 does not match its payload schema: /total/currency must match pattern "^[A-Z]{3}$", found "gbp"',
        file: 'events/orders.yaml',
        line: 42,
        col: 11,
        pointer: '/components/messages/OrderCreated/examples/0/payload/total/currency',
      },
    ]);
  });

  runTable<MessageExample['payload'], Pick<Diagnostic, 'message' | 'pointer'>>(
    'what each failure says',
    [
      {
        name: 'missing required field',
        given: broken((o) => delete (o.customer as Partial<typeof o.customer>).email),
        want: {
          message:
            "example #1 of order.created@1 does not match its payload schema: /customer/email must have required property 'email', found nothing",
          pointer: `${exampleSource.pointer}/payload/customer/email`,
        },
      },
      {
        name: 'enum lists the allowed values',
        given: broken((o) => (o.status = 'lost')),
        want: {
          message:
            'example #1 of order.created@1 does not match its payload schema: /status must be equal to one of the allowed values ["pending","paid","shipped"], found "lost"',
          pointer: `${exampleSource.pointer}/payload/status`,
        },
      },
      {
        name: 'extra property',
        given: broken((o) => Object.assign(o.total, { cents: 5 })),
        want: {
          message:
            'example #1 of order.created@1 does not match its payload schema: /total/cents must NOT have additional properties, found 5',
          pointer: `${exampleSource.pointer}/payload/total/cents`,
        },
      },
      {
        name: 'the whole payload is wrong',
        given: 'order',
        want: {
          message:
            'example #1 of order.created@1 does not match its payload schema: (root) must be object, found "order"',
          pointer: `${exampleSource.pointer}/payload`,
        },
      },
    ],
    (payload) => {
      const [d] = checkExamples(withOrderExample({ payload }));
      return { message: d!.message, pointer: d!.pointer };
    },
  );

  it('header examples are checked against the headers schema', () => {
    const contract = withOrderExample({ payload: broken(() => {}), headers: { 'x-request-id': 'nope' } });
    const [d] = checkExamples(contract);
    expect(d?.pointer).toBe(`${exampleSource.pointer}/headers/x-request-id`);
    expect(d?.message).toContain('does not match its headers schema: /x-request-id must match format "uuid"');
  });

  it('an example header typed integer may be written as text, as a request carries it', () => {
    const contract = contractOf({
      events: [
        eventVersion(
          'job.failed',
          1,
          { type: 'object' },
          {
            headers: { type: 'object', properties: { 'X-Attempt': { type: 'integer', minimum: 1 } } },
            examples: [
              { source: exampleSource, payload: {}, headers: { 'X-Attempt': '2' } },
              { source: exampleSource, payload: {}, headers: { 'X-Attempt': 3 } },
              { source: exampleSource, payload: {}, headers: { 'X-Attempt': '2.5' } },
              { source: exampleSource, payload: {}, headers: { 'X-Attempt': '0' } },
            ],
          },
        ),
      ],
    });
    expect(checkExamples(contract).map((d) => d.message.split('headers schema: ')[1])).toEqual([
      '/X-Attempt must be integer, found "2.5"',
      '/X-Attempt must be >= 1, found 0',
    ]);
  });

  it('buildValidators reports the same diagnostics and emits nothing when an example fails', () => {
    const contract = withOrderExample({ payload: broken((o) => (o.status = 'lost')) });
    expect(buildValidators(contract)).toEqual({ diagnostics: checkExamples(contract) });
  });

  it('buildValidators emits what emitValidators emits when everything is valid', () => {
    const { files, diagnostics, compiled } = buildValidators(shopContract());
    expect({ files, diagnostics }).toEqual({ files: emitValidators(shopContract()), diagnostics: [] });
    // The in-process validators come along for the docs' example synthesis.
    expect(compiled?.plan.payloads.size).toBe(shopContract().events.length);
  });
});

/**
 * A sensor feed whose payload is one of two kinds told apart by `kind` (the shape AsyncAPI's
 * market-data examples use): a reading or a heartbeat, each an `allOf` of its own part and a
 * shared frame.
 */
function sensorFeed(payload: MessageExample['payload']): Contract {
  const kind = (name: string, own: Record<string, JsonSchema>): JsonSchema => ({
    allOf: [
      { type: 'object', properties: { kind: { const: name }, ...own }, required: ['kind'] },
      { $ref: '#/schemas/Frame' },
    ],
  });
  return contractOf({
    schemas: {
      Frame: { type: 'object', required: ['seq'], properties: { seq: { type: 'integer' } } },
      Heartbeat: kind('heartbeat', {}),
      Reading: kind('reading', {
        at: { type: 'string', format: 'date-time' },
        values: { type: 'array', items: { type: 'number' } },
      }),
    },
    events: [
      eventVersion(
        'sensor.feed',
        1,
        { oneOf: [{ $ref: '#/schemas/Heartbeat' }, { $ref: '#/schemas/Reading' }] },
        { dialect: 'draft-07', examples: [{ name: 'reading', source: exampleSource, payload }] },
      ),
    ],
  });
}

runTable<MessageExample['payload'], Pick<Diagnostic, 'message' | 'pointer'>>(
  'an example matching no alternative of a oneOf: the error of the alternative it was written for',
  [
    {
      name: "not the first alternative's discriminator, which the example was never meant to match",
      given: { kind: 'reading', seq: 3, at: 1700000000 },
      want: {
        message:
          'example "reading" of sensor.feed@1 does not match its payload schema: (root) matches none of its oneOf alternatives; the closest fails at /at must be string, found 1700000000',
        pointer: `${exampleSource.pointer}/payload/at`,
      },
    },
    {
      name: 'the deepest error wins',
      given: { kind: 'reading', seq: 3, values: [1, '2'] },
      want: {
        message:
          'example "reading" of sensor.feed@1 does not match its payload schema: (root) matches none of its oneOf alternatives; the closest fails at /values/1 must be number, found "2"',
        pointer: `${exampleSource.pointer}/payload/values/1`,
      },
    },
    {
      name: 'a missing property of the first alternative is kept',
      given: { kind: 'heartbeat' },
      want: {
        message:
          'example "reading" of sensor.feed@1 does not match its payload schema: (root) matches none of its oneOf alternatives; the closest fails at /seq must have required property \'seq\', found nothing',
        pointer: `${exampleSource.pointer}/payload/seq`,
      },
    },
    {
      name: 'a discriminator no alternative expects: the values they do',
      given: { kind: 'alarm', seq: 3 },
      want: {
        message:
          'example "reading" of sensor.feed@1 does not match its payload schema: /kind must be one of "heartbeat", "reading" (one per alternative), found "alarm"',
        pointer: `${exampleSource.pointer}/payload/kind`,
      },
    },
    {
      name: 'a value of another type altogether',
      given: 'beep',
      want: {
        message:
          'example "reading" of sensor.feed@1 does not match its payload schema: (root) must be object, found "beep"',
        pointer: `${exampleSource.pointer}/payload`,
      },
    },
  ],
  (payload) => {
    const [d] = checkExamples(sensorFeed(payload));
    return { message: d!.message, pointer: d!.pointer };
  },
);

describe('generate time and run time point at the same place, in the same words', () => {
  let sandbox: ValidatorSandbox | undefined;
  afterAll(() => sandbox?.cleanup());
  const edits: ((o: typeof orderCreatedExample) => void)[] = [
    (o) => delete (o.customer.address as Partial<typeof o.customer.address>).city,
    (o) => Object.assign(o.customer, { nickname: 'x' }),
    (o) => (o.items[1]!.quantity = 100),
    (o) => (o.tags = ['a', 'a']),
    (o) => (o.createdAt = '2024-02-29T25:00:00Z'),
    (o) => (o.weightGrams = 0),
  ];
  it.each(edits.map((edit, i) => [i, edit] as const))('broken example %i', async (_i, edit) => {
    sandbox ??= await createValidatorSandbox(emitValidators(shopContract()));
    const { validators } = await sandbox.load<{ validators: Record<string, Validator> }>('validators.js');
    const payload = broken(edit);
    const result = validators['order.created@1']!(payload);
    const [d] = checkExamples(withOrderExample({ payload }));
    if (result.valid || !d) throw new Error('both sides must refuse the example');
    const issue = result.issues[0]!;
    expect(d.pointer).toBe(`${exampleSource.pointer}/payload${issue.pointer}`);
    expect(d.message).toContain(`${issue.pointer} ${issue.message}`);
  });
});

const source = (pointer: string) => ({ file: 'asyncapi.yaml', line: 7, col: 5, pointer });

/** A contract with one named schema `Thing` and one event whose payload uses it. */
function contractWithThing(thing: JsonSchema, payload: JsonSchema = { $ref: '#/schemas/Thing' }): Contract {
  return contractOf({
    schemas: { Thing: namedSchema('Thing', thing, { source: source('/components/schemas/Thing') }) },
    events: [eventVersion('thing.done', 1, payload, { dialect: 'draft-07' })],
  });
}

type Found = Pick<Diagnostic, 'severity' | 'code' | 'pointer' | 'message'>;
const at = (pointer: string) => `/components/schemas/Thing${pointer}`;

runTable<Contract, Found[]>(
  'schema problems are diagnostics at the schema',
  [
    {
      name: 'unknown keyword: ignored, as JSON Schema says, with a warning',
      given: contractWithThing({ type: 'object', properties: { a: { type: 'string', exmple: 'x' } } }),
      want: [
        {
          severity: 'warning',
          code: 'unknown-keyword',
          pointer: at('/properties/a/exmple'),
          message:
            'schema Thing: unknown keyword "exmple" is ignored, as JSON Schema says; set unknownKeywords to "ignore" to silence this or "error" to refuse it',
        },
      ],
    },
    {
      name: 'not a valid JSON Schema',
      given: contractWithThing({ type: 'object', properties: { a: { type: 'strin' } } }),
      want: [
        {
          severity: 'error',
          code: 'invalid-schema',
          pointer: at('/properties/a/type'),
          message:
            'schema Thing: /properties/a/type must be equal to one of the allowed values (["array","boolean","integer","null","number","object","string"]), found "strin"',
        },
      ],
    },
    {
      name: 'invalid regular expression',
      given: contractWithThing({ type: 'object', patternProperties: { '^x-(': { type: 'string' } } }),
      want: [
        {
          severity: 'error',
          code: 'invalid-schema',
          pointer: at('/patternProperties/^x-('),
          message: 'schema Thing: Invalid regular expression: /^x-(/u: Unterminated group',
        },
      ],
    },
    {
      name: 'ref to a schema the contract does not have',
      given: contractWithThing({ type: 'object', properties: { a: { $ref: '#/schemas/Nope' } } }),
      want: [
        {
          severity: 'error',
          code: 'unknown-schema-ref',
          pointer: at('/properties/a/$ref'),
          message: 'schema Thing: $ref "#/schemas/Nope" names no schema of the contract',
        },
      ],
    },
    {
      name: 'unknown format: a warning, the format is not checked',
      given: contractWithThing({ type: 'string', format: 'currency-code' }),
      want: [
        {
          severity: 'warning',
          code: 'unknown-format',
          pointer: at('/format'),
          message:
            'schema Thing: unknown format "currency-code" is not checked (known formats are ajv-formats\' "full" set)',
        },
      ],
    },
    {
      name: 'keyword without its type: a warning',
      given: contractWithThing({ type: 'object', properties: { a: { minimum: 1 } } }),
      want: [
        {
          severity: 'warning',
          code: 'schema-strict',
          pointer: at('/properties/a/minimum'),
          message:
            'schema Thing: strict mode: missing type "number" for keyword "minimum" at #/properties/a (strictTypes)',
        },
      ],
    },
    {
      name: 'an event using a broken named schema adds no second diagnostic',
      given: contractWithThing(
        { type: 'object', minProperties: -1 },
        { type: 'object', properties: { t: { $ref: '#/schemas/Thing' } } },
      ),
      want: [
        {
          severity: 'error',
          code: 'invalid-schema',
          pointer: at('/minProperties'),
          message: 'schema Thing: /minProperties must be >= 0, found -1',
        },
      ],
    },
  ],
  (contract) =>
    checkExamples(contract).map(({ severity, code, pointer, message }) => ({
      severity,
      code,
      pointer,
      message,
    })),
);

describe('emitValidators and schema problems', () => {
  it('throws a ValidatorSchemaError carrying the diagnostics when a schema does not compile', () => {
    const contract = contractWithThing({ type: 'object', patternProperties: { '^x-(': { type: 'string' } } });
    const error = (() => {
      try {
        emitValidators(contract);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ValidatorSchemaError);
    expect((error as ValidatorSchemaError).code).toBe('invalid-schema');
    expect((error as ValidatorSchemaError).diagnostics).toEqual(checkExamples(contract));
    expect((error as ValidatorSchemaError).message).toContain(
      'asyncapi.yaml:7:5 schema Thing: Invalid regular expression',
    );
  });

  it('emits despite warnings; an unknown format is then not checked at run time', async () => {
    const files = emitValidators(contractWithThing({ type: 'string', format: 'currency-code' }));
    const sandbox = await createValidatorSandbox(files);
    try {
      const { validators } = await sandbox.load<{ validators: Record<string, Validator> }>('validators.js');
      expect(validators['thing.done@1']!('anything at all').valid).toBe(true);
      expect(validators['thing.done@1']!(5).valid).toBe(false);
    } finally {
      await sandbox.cleanup();
    }
  });
});
