import { describe, expect, it } from 'vitest';
import { samplePattern } from '../../src/emit/docs/examples/pattern-sample.js';
import { resolveExamples } from '../../src/emit/docs/examples/resolve-examples.js';
import { synthesize } from '../../src/emit/docs/examples/synthesize.js';
import { compileContract } from '../../src/emit/validators/compile-contract.js';
import { checkExamples } from '../../src/examples/check-examples.js';
import type { Contract, JsonSchema } from '../../src/ir/contract.js';
import { contractOf, eventVersion, testSource } from '../helpers/contract-ir.js';
import { runTable } from '../helpers/table.js';
import { exampleDocument, loadContract, syntheticDocument } from './docs-page.js';

const full = { optional: true, branch: 0 };

runTable(
  'pattern samples',
  [
    { name: 'class with count', given: '^[A-Z]{3}$', want: 'AAA' },
    { name: 'optional and escapes', given: '^\\+?[1-9]\\d{1,14}$', want: '11' },
    { name: 'group alternatives', given: '^(ord|cus)_[0-9a-f]{4,}$', want: 'ord_0000' },
    { name: 'negated class', given: '^[^a]+$', want: 'b' },
    { name: 'lookahead is not attempted', given: '^(?=x)x$', want: undefined },
  ],
  samplePattern,
);

runTable<JsonSchema, unknown>(
  'synthesised values',
  [
    { name: 'const wins', given: { type: 'string', const: 'x' }, want: 'x' },
    { name: 'schema examples are used', given: { type: 'integer', examples: [7] }, want: 7 },
    { name: 'enum prefers a non-null value', given: { enum: [null, 'a'] }, want: 'a' },
    { name: 'format', given: { type: 'string', format: 'date' }, want: '2025-01-15' },
    { name: 'minLength pads', given: { type: 'string', minLength: 10 }, want: 'examplexxx' },
    { name: 'integer bounds', given: { type: 'integer', minimum: 5, multipleOf: 4 }, want: 8 },
    { name: 'exclusive bound', given: { type: 'integer', exclusiveMinimum: 1 }, want: 2 },
    { name: 'nullable type takes the other type', given: { type: ['null', 'boolean'] }, want: true },
    {
      name: 'array of minItems',
      given: { type: 'array', minItems: 2, items: { type: 'integer' } },
      want: [1, 1],
    },
    {
      name: 'allOf merges parts',
      given: {
        allOf: [
          { type: 'object', required: ['a'], properties: { a: { type: 'string' } } },
          { type: 'object', required: ['b'], properties: { b: { type: 'number', maximum: 0 } } },
        ],
      },
      want: { a: 'example', b: 0 },
    },
    {
      name: 'oneOf prefers a non-null branch',
      given: { oneOf: [{ type: 'null' }, { type: 'integer' }] },
      want: 1,
    },
  ],
  (schema) => synthesize(schema, {}, full),
);

describe('resolveExamples', () => {
  it('keeps the contract example when there is one', () => {
    const event = eventVersion(
      'a.b',
      1,
      { type: 'string' },
      { examples: [{ name: 'given', payload: 'hi', source: testSource() }] },
    );
    const { examples, diagnostics } = resolveExamples(contractOf({ events: [event] }));
    expect(examples['a.b@1']).toEqual({ value: 'hi', origin: 'contract', name: 'given' });
    expect(diagnostics).toEqual([]);
  });

  it('gives an unsatisfiable allOf a located warning and no example', () => {
    const payload = { allOf: [{ type: 'string' }, { type: 'integer' }] };
    const event = eventVersion('bad.event', 1, payload, {
      source: { file: 'api.yaml', line: 12, col: 5, pointer: '/components/messages/Bad' },
    });
    const { examples, diagnostics } = resolveExamples(contractOf({ events: [event] }));
    expect(examples).toEqual({});
    expect(diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'example-not-synthesized',
        file: 'api.yaml',
        line: 12,
        col: 5,
        pointer: '/components/messages/Bad/payload',
      }),
    ]);
    expect(diagnostics[0]!.message).toMatch(/bad\.event@1.*allOf share no type/);
  });

  it('never presents a value the validator rejects', () => {
    // Satisfiable on paper to the synthesiser, rejected by the validator (`not`).
    const payload = { type: 'string', not: { const: 'example' } };
    const event = eventVersion('tricky.event', 1, payload);
    const { examples, diagnostics } = resolveExamples(contractOf({ events: [event] }));
    expect(examples).toEqual({});
    expect(diagnostics[0]!.message).toMatch(/fails validation/);
  });

  it.each([
    ['the example contract', () => exampleDocument],
    ['the 200-event contract (recursive schemas included)', () => syntheticDocument(200)],
  ])('synthesises valid examples for %s when its examples are removed', async (_name, document) => {
    const contract = withoutExamples(await loadContract(await document()));
    const { examples, diagnostics } = resolveExamples(contract);
    expect(diagnostics).toEqual([]);
    expect(Object.keys(examples)).toHaveLength(contract.events.length);
    // Checked again by the generate-time example check, a separate path from the resolver's.
    const withExamples: Contract = {
      ...contract,
      events: contract.events.map((e) => ({
        ...e,
        examples: [{ payload: examples[e.id]!.value, source: e.source }],
      })),
    };
    expect(checkExamples(withExamples).filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe("resolveExamples with the pipeline's compiled validators", () => {
  it('resolves what it resolves alone, without compiling again', async () => {
    const contract = withoutExamples(await loadContract(exampleDocument));
    const compiled = compileContract(contract, { emitCode: true });
    let lookups = 0;
    const counted = {
      plan: compiled.plan,
      validatorFor: (binding: Parameters<typeof compiled.validatorFor>[0]) => {
        lookups++;
        return compiled.validatorFor(binding);
      },
    };
    expect(resolveExamples(contract, counted)).toEqual(resolveExamples(contract));
    expect(lookups).toBe(contract.events.length);
  });

  it('words a warning as it does alone, although code-emitting validators carry no messages', () => {
    const rejected = eventVersion('tricky.event', 1, { type: 'string', not: { const: 'example' } });
    const unsatisfiable = eventVersion('bad.event', 1, { allOf: [{ type: 'string' }, { type: 'integer' }] });
    const contract = contractOf({ events: [rejected, unsatisfiable] });
    const alone = resolveExamples(contract);
    expect(alone.diagnostics).toHaveLength(2);
    expect(resolveExamples(contract, compileContract(contract, { emitCode: true }))).toEqual(alone);
  });
});

function withoutExamples(contract: Contract): Contract {
  return { ...contract, events: contract.events.map((e) => ({ ...e, examples: [] })) };
}
