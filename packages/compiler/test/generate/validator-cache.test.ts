/**
 * Watch mode reuses the last validator build while `validatorInputs` is unchanged. That is only
 * right while the validators are made of nothing else: these tests change everything outside it
 * and fail as soon as the validator emitter starts reading one of those fields.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildValidators } from '../../src/emit/validators/index.js';
import { ValidatorCache, validatorInputs } from '../../src/generate/validator-cache.js';
import type { Contract, SourceLocation } from '../../src/ir/contract.js';
import { ContractLoader } from '../../src/load/contract-loader.js';
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

/** The contract with every field outside `validatorInputs` changed. */
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

describe('ValidatorCache', () => {
  it('keys on everything the validators are made of, and nothing else', () => {
    expect(contract.events.length).toBeGreaterThan(0);
    const other = reworded(contract);
    expect(JSON.stringify(validatorInputs(other))).toBe(JSON.stringify(validatorInputs(contract)));
    const [before, after] = [buildValidators(contract), buildValidators(other)];
    expect(after.files).toEqual(before.files);
    // Only where the diagnostics point may differ: the sources moved.
    const what = (d: { code: string; message: string }) => `${d.code} ${d.message}`;
    expect(after.diagnostics.map(what)).toEqual(before.diagnostics.map(what));
    expect(before.diagnostics.length).toBeGreaterThan(0);
  });

  it('reuses the build across an edit outside its inputs, and rebuilds after a schema edit', () => {
    const cache = new ValidatorCache();
    const first = cache.build(clean, undefined);
    expect(first.files).toBeDefined();
    expect(first.diagnostics).toEqual([]);
    expect(cache.build(reworded(clean), undefined)).toBe(first);
    expect(cache.build(clean, 'error')).not.toBe(first);

    const edited = structuredClone(clean);
    edited.events[0]!.payload = { type: 'object', properties: { added: { type: 'string' } } };
    const rebuilt = cache.build(edited, undefined);
    expect(rebuilt).not.toBe(first);
    expect(rebuilt.files).not.toEqual(first.files);
  });

  it('reuses a build with diagnostics only where they still point at the same places', () => {
    const warned = structuredClone(contract);
    warned.events[0]!.payload = { type: 'string', format: 'no-such-format' };
    const cache = new ValidatorCache();
    const first = cache.build(warned, undefined);
    expect(first.diagnostics.map((d) => d.code)).toContain('unknown-format');
    expect(cache.build(structuredClone(warned), undefined)).toBe(first);

    const shifted = reworded(warned);
    const again = cache.build(shifted, undefined);
    expect(again).not.toBe(first);
    expect(again.diagnostics[0]?.line).toBe(first.diagnostics[0]!.line + 7);
  });
});
