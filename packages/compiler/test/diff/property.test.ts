/**
 * The diff's classes checked against real validation: for generated schema pairs (a base object
 * schema and one mutation of it), instances are sampled and validated by ajv with Hookwright's
 * options. Safe: every instance one schema accepts the other accepts too. Breaks senders: an
 * instance the old schema accepts and the new one rejects exists and is found. Breaks
 * receivers: the reverse.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffContracts } from '../../src/diff/diff-contracts.js';
import { combineImpacts, type Impact } from '../../src/diff/impact.js';
import { createAjv } from '../../src/emit/validators/create-ajv.js';
import type { JsonSchema } from '../../src/ir/contract.js';
import { contractOf, eventVersion } from '../helpers/contract-ir.js';
import { schemaArbitrary } from '../helpers/json-schema-arbitrary.js';
import { validAndNearValid } from '../helpers/near-valid.js';

type Obj = Record<string, unknown>;

const silent = { log() {}, warn() {}, error() {} };

const propertySchema: fc.Arbitrary<Obj> = fc.oneof(
  fc.record(
    {
      type: fc.constant('string'),
      maxLength: fc.integer({ min: 2, max: 8 }),
      minLength: fc.integer({ min: 0, max: 2 }),
    },
    { requiredKeys: ['type'] },
  ),
  fc.record(
    {
      type: fc.constant('integer'),
      minimum: fc.integer({ min: -5, max: 0 }),
      maximum: fc.integer({ min: 1, max: 20 }),
    },
    { requiredKeys: ['type'] },
  ),
  fc.subarray(['a', 'b', 'c', 'd'], { minLength: 1 }).map((values) => ({ type: 'string', enum: values })),
  fc.record(
    {
      type: fc.constant('array'),
      items: fc.constant({ type: 'integer', minimum: 0, maximum: 9 }),
      maxItems: fc.integer({ min: 2, max: 5 }),
      uniqueItems: fc.boolean(),
    },
    { requiredKeys: ['type', 'items'] },
  ),
  fc.constant({ type: ['string', 'null'], maxLength: 4 }),
);

const baseSchema: fc.Arbitrary<Obj> = fc
  .tuple(
    fc.dictionary(fc.constantFrom('id', 'name', 'count', 'tags', 'note'), propertySchema, {
      minKeys: 1,
      maxKeys: 4,
    }),
    fc.boolean(),
    fc.nat(),
  )
  .map(([properties, closed, pick]) => {
    const names = Object.keys(properties);
    const required = names.filter((_, i) => (pick >> i) & 1);
    return {
      type: 'object',
      properties,
      ...(required.length > 0 ? { required } : {}),
      ...(closed ? { additionalProperties: false } : {}),
    };
  });

/** One change to one keyword of the base schema (or of one property). */
const MUTATIONS: Array<(s: Obj, n: number) => Obj> = [
  (s) => ({ ...s, description: 'changed' }),
  (s) => toggle(s, 'additionalProperties', false),
  (s, n) => {
    const names = Object.keys(s.properties as Obj);
    const name = names[n % names.length]!;
    const required = new Set((s.required as string[] | undefined) ?? []);
    if (required.has(name)) required.delete(name);
    else required.add(name);
    return { ...s, required: [...required] };
  },
  (s) => ({ ...s, properties: { ...(s.properties as Obj), extra: { type: 'string', maxLength: 3 } } }),
  (s, n) => {
    const properties = { ...(s.properties as Obj) };
    delete properties[Object.keys(properties)[n % Object.keys(properties).length]!];
    return { ...s, properties, required: ((s.required as string[]) ?? []).filter((r) => r in properties) };
  },
  (s, n) =>
    onProperty(s, n, (p) =>
      typeof p.maxLength === 'number' ? { ...p, maxLength: p.maxLength + ((n % 5) - 2) } : p,
    ),
  (s, n) =>
    onProperty(s, n, (p) =>
      typeof p.maximum === 'number' ? { ...p, maximum: p.maximum + ((n % 7) - 3) } : p,
    ),
  (s, n) =>
    onProperty(s, n, (p) =>
      typeof p.minimum === 'number' ? { ...p, minimum: p.minimum + ((n % 3) - 1) } : p,
    ),
  (s, n) =>
    onProperty(s, n, (p) => {
      if (!Array.isArray(p.enum)) return p;
      const values = p.enum as string[];
      return n % 2 === 0 && values.length > 1
        ? { ...p, enum: values.slice(1) }
        : { ...p, enum: [...new Set([...values, 'z'])] };
    }),
  (s, n) => onProperty(s, n, (p) => (p.type === 'array' ? toggle(p, 'uniqueItems', true) : p)),
  (s, n) =>
    onProperty(s, n, (p) =>
      typeof p.maxItems === 'number' ? { ...p, maxItems: p.maxItems + ((n % 3) - 1) } : p,
    ),
  (s, n) =>
    onProperty(s, n, (p) =>
      p.type === 'string'
        ? { ...p, type: ['string', 'null'] }
        : Array.isArray(p.type)
          ? { ...p, type: 'string' }
          : p,
    ),
  (s, n) => onProperty(s, n, (p) => (p.type === 'string' && !p.enum ? toggle(p, 'pattern', '^[a-c]*$') : p)),
  (s, n) => onProperty(s, n, (p) => (p.type === 'integer' ? { ...p, type: 'number' } : p)),
  (s, n) => onProperty(s, n, (p) => ({ ...p, title: `t${n}` })),
];

function toggle(s: Obj, key: string, value: unknown): Obj {
  const { [key]: current, ...rest } = s;
  return current === undefined ? { ...s, [key]: value } : rest;
}

function onProperty(s: Obj, n: number, change: (p: Obj) => Obj): Obj {
  const properties = { ...(s.properties as Obj) };
  const name = Object.keys(properties)[n % Object.keys(properties).length]!;
  properties[name] = change(properties[name] as Obj);
  return { ...s, properties };
}

const pairs = fc
  .tuple(baseSchema, fc.nat({ max: MUTATIONS.length - 1 }), fc.nat({ max: 1000 }), fc.boolean())
  .map(([base, which, n, reverse]) => {
    const mutated = MUTATIONS[which]!(base, n);
    return reverse ? { old: mutated, next: base } : { old: base, next: mutated };
  });

function classify(old: Obj, next: Obj): Impact {
  const result = diffContracts(
    contractOf({ events: [eventVersion('e', 1, old as JsonSchema)] }),
    contractOf({ events: [eventVersion('e', 1, next as JsonSchema)] }),
  );
  return combineImpacts(result.changes.map((c) => c.impact));
}

function validator(schema: Obj) {
  return createAjv('2020-12', silent, { emitCode: false, messages: false }).compile(schema);
}

/**
 * Instances sampled around a schema: mostly valid ones, their near misses, and valid ones with a
 * property the other schema names (or none does) set to any JSON value.
 */
function sampleAround(schema: Obj, other: Obj, seed: number): unknown[] {
  const valid = schemaArbitrary(schema as JsonSchema, contractOf());
  const names = [...Object.keys({ ...(schema.properties as Obj), ...(other.properties as Obj) }), 'unlisted'];
  const withProperty = fc
    .tuple(valid, fc.constantFrom(...names), fc.jsonValue({ maxDepth: 1 }))
    .map(([value, name, any]) =>
      typeof value === 'object' && value !== null ? { ...value, [name]: any } : value,
    );
  return fc.sample(fc.oneof(validAndNearValid(valid), withProperty), { numRuns: 250, seed });
}

/** An instance `accepts` takes and `rejects` refuses, searched around both schemas. */
function witness(accepting: Obj, rejecting: Obj, seed: number): unknown {
  const accepts = validator(accepting);
  const rejects = validator(rejecting);
  const candidates = [
    ...sampleAround(accepting, rejecting, seed),
    ...sampleAround(rejecting, accepting, seed + 1),
  ];
  return candidates.find((value) => value !== undefined && accepts(value) && !rejects(value));
}

describe('diff classes agree with validation', () => {
  it('safe: no sampled instance tells the two schemas apart', () => {
    let checked = 0;
    fc.assert(
      fc.property(pairs, fc.integer(), ({ old, next }, seed) => {
        if (classify(old, next) !== 'safe') return;
        checked++;
        expect(witness(old, next, seed)).toBeUndefined();
        expect(witness(next, old, seed)).toBeUndefined();
      }),
      { numRuns: 150, seed: 11 },
    );
    expect(checked).toBeGreaterThan(10);
  });

  it('breaks-senders: an instance the old schema accepts and the new one rejects is found', () => {
    let checked = 0;
    fc.assert(
      fc.property(pairs, fc.integer(), ({ old, next }, seed) => {
        if (classify(old, next) !== 'breaks-senders') return;
        checked++;
        expect(witness(old, next, seed), JSON.stringify({ old, next })).toBeDefined();
      }),
      { numRuns: 150, seed: 12 },
    );
    expect(checked).toBeGreaterThan(10);
  });

  it('breaks-receivers: an instance the new schema accepts and the old one rejects is found', () => {
    let checked = 0;
    fc.assert(
      fc.property(pairs, fc.integer(), ({ old, next }, seed) => {
        if (classify(old, next) !== 'breaks-receivers') return;
        checked++;
        expect(witness(next, old, seed), JSON.stringify({ old, next })).toBeDefined();
      }),
      { numRuns: 150, seed: 13 },
    );
    expect(checked).toBeGreaterThan(10);
  });
});
