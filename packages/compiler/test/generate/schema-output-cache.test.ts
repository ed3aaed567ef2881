/**
 * Watch mode reuses the last validators and example payloads while `schemaInputs` is unchanged.
 * That is only right while they are made of nothing else: these tests change everything outside
 * it and fail as soon as `buildValidators` or `resolveExamples` starts reading one of those fields.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveExamples } from '../../src/emit/docs/examples/resolve-examples.js';
import { buildValidators } from '../../src/emit/validators/index.js';
import { SchemaOutputCache, schemaInputs } from '../../src/generate/schema-output-cache.js';
import type { Contract, SourceLocation } from '../../src/ir/contract.js';
import { ContractLoader } from '../../src/load/contract-loader.js';
import { syntheticValidatorContract } from '../helpers/synthetic-validator-contract.js';
import { FIXTURES } from '../load/load-fixture.js';

/** Named schemas, refs, formats, examples; its validators come with strict-mode warnings. */
let contract: Contract;
/** A contract whose validators build without a diagnostic. */
let clean: Contract;
beforeAll(async () => {
  const loader = new ContractLoader();
  contract = (await loader.load('schemas/asyncapi.yaml', { cwd: FIXTURES })).contract!;
  clean = (await loader.load('json/asyncapi.json', { cwd: FIXTURES })).contract!;
  await loader.close();
});

const moved = (source: SourceLocation): SourceLocation => ({ ...source, line: source.line + 7, col: 3 });

/** The contract with every field outside `schemaInputs` changed. */
function reworded(original: Contract): Contract {
  const c = structuredClone(original);
  c.name = 'other-name';
  c.title = 'Other title';
  c.version = '9.9.9';
  c.description = 'Other description';
  for (const event of c.events) {
    Object.assign(event, {
      name: `${event.name}Renamed`,
      messageName: `${event.messageName}Renamed`,
      channel: 'other-channel',
      operation: 'otherOperation',
      summary: 'Other summary',
      description: 'Other description',
      deprecated: !event.deprecated,
      tags: ['other'],
      source: moved(event.source),
    });
    for (const example of event.examples) {
      example.summary = 'Other example summary';
      example.source = moved(example.source);
    }
  }
  for (const schema of Object.values(c.schemas)) {
    schema.source = moved(schema.source);
    schema.nameSource = schema.nameSource === 'component' ? 'title' : 'component';
  }
  return c;
}

describe('SchemaOutputCache', () => {
  it('keys on everything the validators are made of, and nothing else', () => {
    expect(contract.events.length).toBeGreaterThan(0);
    const other = reworded(contract);
    expect(JSON.stringify(schemaInputs(other))).toBe(JSON.stringify(schemaInputs(contract)));
    // Only where the diagnostics point may differ: the sources moved.
    const what = (d: { code: string; message: string }) => `${d.code} ${d.message}`;
    const [before, after] = [buildValidators(contract), buildValidators(other)];
    expect(after.files).toEqual(before.files);
    expect(after.diagnostics.map(what)).toEqual(before.diagnostics.map(what));
    expect(before.diagnostics.length).toBeGreaterThan(0);
    const [given, regiven] = [resolveExamples(contract), resolveExamples(other)];
    expect(regiven.examples).toEqual(given.examples);
    expect(regiven.diagnostics.map(what)).toEqual(given.diagnostics.map(what));
    expect(Object.keys(given.examples).length).toBeGreaterThan(0);
  });

  it('reuses its outputs across an edit outside their inputs, and remakes them after a schema edit', () => {
    const cache = new SchemaOutputCache();
    const build = (c: Contract, policy?: 'error') => cache.validators(c, cache.keyOf(c), policy);
    const examples = (c: Contract) => cache.examples(c, cache.keyOf(c), undefined);
    const first = build(clean);
    const firstExamples = examples(clean);
    expect(first.files).toBeDefined();
    expect(first.diagnostics).toEqual([]);
    // A fresh build hands its in-process validators to this emit's examples; a reused one has none.
    expect(first.compiled).toBeDefined();
    const reused = build(reworded(clean));
    expect(reused.files).toBe(first.files);
    expect(reused.compiled).toBeUndefined();
    expect(examples(reworded(clean))).toBe(firstExamples);
    expect(build(clean, 'error').files).not.toBe(first.files);

    const edited = structuredClone(clean);
    edited.events[0]!.payload = { type: 'object', properties: { added: { type: 'string' } } };
    const rebuilt = build(edited);
    expect(rebuilt.files).not.toBe(first.files);
    expect(rebuilt.files).not.toEqual(first.files);
    expect(examples(edited)).not.toBe(firstExamples);
  });

  it('reuses a build with diagnostics only where they still point at the same places', () => {
    const warned = structuredClone(contract);
    warned.events[0]!.payload = { type: 'string', format: 'no-such-format' };
    const cache = new SchemaOutputCache();
    const build = (c: Contract) => cache.validators(c, cache.keyOf(c), undefined);
    const first = build(warned);
    expect(first.diagnostics.map((d) => d.code)).toContain('unknown-format');
    expect(build(structuredClone(warned)).files).toBe(first.files);

    const again = build(reworded(warned));
    expect(again.files).not.toBe(first.files);
    expect(again.diagnostics[0]?.line).toBe(first.diagnostics[0]!.line + 7);
  });

  it('after schema edits, synthesises what a fresh resolve does, warnings where the events are now', () => {
    const cache = new SchemaOutputCache();
    const emit = (c: Contract) => {
      const key = cache.keyOf(c);
      return cache.examples(c, key, cache.validators(c, key, undefined).compiled);
    };
    const fresh = (c: Contract) => resolveExamples(c, buildValidators(c).compiled);
    let edited = syntheticValidatorContract(8);
    expect(emit(edited)).toEqual(fresh(edited));
    const shared = (c: Contract) => c.schemas.Shared3!.schema as { properties: object; required: string[] };
    const edits: [string, (c: Contract) => void][] = [
      [
        'a required property with a pattern in a shared schema',
        (c) => {
          shared(c).properties = { ...shared(c).properties, code: { type: 'string', pattern: '^[A-Z]{3}$' } };
          shared(c).required = [...shared(c).required, 'code'];
        },
      ],
      [
        'a shared schema no value satisfies',
        (c) => {
          shared(c).properties = { ...shared(c).properties, code: { type: 'string', enum: [1] } };
        },
      ],
      [
        'the events moved in the document',
        (c) => {
          for (const event of c.events) event.source = moved(event.source);
        },
      ],
    ];
    for (const [label, change] of edits) {
      edited = structuredClone(edited);
      change(edited);
      const resolved = emit(edited);
      expect(resolved, label).toEqual(fresh(edited));
      expect(Object.keys(resolved.examples).length + resolved.diagnostics.length, label).toBe(8);
    }
    expect(emit(edited).diagnostics.length).toBeGreaterThan(0);
  });
});
