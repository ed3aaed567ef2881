/**
 * A fast-check arbitrary of instances for a JSON Schema of the contract IR: mostly valid values
 * (required properties present, enums, formats, patterns, lengths, bounds and tuples respected),
 * sometimes not (compositions are approximated). Exactness does not matter for differential
 * tests, which compare two validators on whatever comes out; a good mix of verdicts does, and
 * near-valid.ts adds the near misses.
 */
import fc from 'fast-check';
import type { Contract, JsonSchema, JsonValue } from '../../src/ir/contract.js';
import { refName } from '../../src/ir/contract.js';
import { formatArbitrary } from './format-arbitraries.js';

type SchemaObject = { [keyword: string]: JsonValue };

interface Context {
  contract: Contract;
  /** The schema local refs (`#/$defs/x`) resolve against. */
  root: JsonSchema;
  depth: number;
  maxDepth: number;
}

const anyJson = fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<unknown>;

export function schemaArbitrary(schema: JsonSchema, contract: Contract, maxDepth = 4): fc.Arbitrary<unknown> {
  return build(schema, { contract, root: schema, depth: 0, maxDepth });
}

function build(schema: JsonSchema, ctx: Context): fc.Arbitrary<unknown> {
  if (schema === true) return anyJson;
  if (schema === false) return anyJson;
  if (typeof schema.$ref === 'string') return buildRef(schema.$ref, ctx);
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...schema.enum);
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const branches = schema[keyword];
    if (Array.isArray(branches)) {
      const { [keyword]: _, ...base } = schema;
      return fc.oneof(...branches.map((b) => build(merge(base, b as SchemaObject), ctx)));
    }
  }
  if (Array.isArray(schema.allOf)) {
    const { allOf, ...base } = schema;
    const members = (allOf as SchemaObject[]).map((member) => namedTarget(member, ctx) ?? member);
    return build(members.reduce(merge, base), ctx);
  }
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : [typeOf(schema)];
  return fc.oneof(...types.map((type) => buildType(type, schema, ctx)));
}

function buildRef(ref: string, ctx: Context): fc.Arbitrary<unknown> {
  const deeper = { ...ctx, depth: ctx.depth + 1 };
  const name = refName(ref);
  if (name !== undefined) {
    const target = ctx.contract.schemas[name]!.schema;
    return build(target, { ...deeper, root: target });
  }
  const path = ref.replace(/^#\//, '').split('/');
  let target: unknown = ctx.root;
  for (const part of path) target = (target as Record<string, unknown>)[part];
  return build(target as JsonSchema, deeper);
}

/** The named schema a `{"$ref": "#/schemas/X"}` member stands for, to merge its keywords. */
function namedTarget(member: SchemaObject, ctx: Context): SchemaObject | undefined {
  const name = typeof member.$ref === 'string' ? refName(member.$ref) : undefined;
  const target = name === undefined ? undefined : ctx.contract.schemas[name]?.schema;
  return typeof target === 'object' ? target : undefined;
}

function typeOf(schema: SchemaObject): string {
  if (typeof schema.type === 'string') return schema.type;
  if ('properties' in schema || 'required' in schema) return 'object';
  if ('items' in schema || 'prefixItems' in schema) return 'array';
  if ('pattern' in schema || 'format' in schema || 'minLength' in schema) return 'string';
  return 'any';
}

function buildType(type: string, s: SchemaObject, ctx: Context): fc.Arbitrary<unknown> {
  switch (type) {
    case 'string':
      return stringArbitrary(s);
    case 'integer':
      return integerArbitrary(s);
    case 'number':
      return typeof s.multipleOf === 'number' ? integerArbitrary(s) : numberArbitrary(s);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return arrayArbitrary(s, ctx);
    case 'object':
      return objectArbitrary(s, ctx);
    default:
      return anyJson;
  }
}

function stringArbitrary(s: SchemaObject): fc.Arbitrary<string> {
  const format = typeof s.format === 'string' ? formatArbitrary(s.format) : undefined;
  if (format) return format;
  const minLength = typeof s.minLength === 'number' ? s.minLength : 0;
  const maxLength = typeof s.maxLength === 'number' ? s.maxLength : minLength + 8;
  if (typeof s.pattern === 'string') {
    // Only the schema's own bounds: a default cap could rule out every match (`^ACME-[0-9]{5,}$`),
    // and then the filter would never let a value through.
    const upper = typeof s.maxLength === 'number' ? s.maxLength : Number.POSITIVE_INFINITY;
    const matching = fc.stringMatching(new RegExp(s.pattern, 'u'));
    return matching.filter((text) => [...text].length >= minLength && [...text].length <= upper);
  }
  // Code points, not UTF-16 units: the length keywords count code points.
  return fc.string({ unit: 'binary', minLength, maxLength });
}

function integerArbitrary(s: SchemaObject): fc.Arbitrary<number> {
  const step = typeof s.multipleOf === 'number' ? s.multipleOf : 1;
  const low = bound(s.minimum, s.exclusiveMinimum, 1);
  const high = bound(s.maximum, s.exclusiveMaximum, -1);
  const min = low === undefined ? -1000 : Math.ceil(low / step);
  const max = high === undefined ? min + 2000 : Math.floor(high / step);
  return fc.integer({ min, max: Math.max(min, max) }).map((n) => n * step);
}

function numberArbitrary(s: SchemaObject): fc.Arbitrary<number> {
  const low = bound(s.minimum, s.exclusiveMinimum, 1e-6);
  const high = bound(s.maximum, s.exclusiveMaximum, -1e-6);
  return fc.double({ min: low ?? -1e6, max: high ?? 1e6, noNaN: true, noDefaultInfinity: true });
}

/** The tightest bound from an inclusive and a draft-07 exclusive (number) limit. */
function bound(
  inclusive: JsonValue | undefined,
  exclusive: JsonValue | undefined,
  nudge: number,
): number | undefined {
  const values: number[] = [];
  if (typeof inclusive === 'number') values.push(inclusive);
  if (typeof exclusive === 'number') values.push(exclusive + nudge);
  if (values.length === 0) return undefined;
  return nudge > 0 ? Math.max(...values) : Math.min(...values);
}

function arrayArbitrary(s: SchemaObject, ctx: Context): fc.Arbitrary<unknown[]> {
  const deep = ctx.depth >= ctx.maxDepth;
  const tuple = Array.isArray(s.prefixItems) ? s.prefixItems : Array.isArray(s.items) ? s.items : [];
  const rest = Array.isArray(s.items) ? s.additionalItems : s.items;
  const head = fc.tuple(...(tuple as JsonSchema[]).map((item) => build(item, ctx)));
  const itemSchema = rest === undefined || rest === true ? undefined : (rest as JsonSchema);
  const minItems = typeof s.minItems === 'number' ? Math.max(0, s.minItems - tuple.length) : 0;
  const cap = typeof s.maxItems === 'number' ? s.maxItems - tuple.length : 4;
  const maxLength = Math.max(minItems, Math.min(cap, deep ? minItems : 4));
  if (itemSchema === false || maxLength === 0) return head;
  const item = itemSchema === undefined ? anyJson : build(itemSchema, { ...ctx, depth: ctx.depth + 1 });
  if (s.contains !== undefined && typeof s.contains === 'object' && typeof itemSchema === 'object') {
    // One item that satisfies `contains` as well as `items`.
    const contains = s.contains as SchemaObject;
    const exact = 'const' in contains || 'enum' in contains;
    const wanted = build(exact ? contains : merge(itemSchema as SchemaObject, contains), ctx);
    const others = fc.array(item, { maxLength: Math.max(0, maxLength - 1) });
    return fc.tuple(head, wanted, others).map(([h, w, o]) => [...h, w, ...o]);
  }
  const tail = s.uniqueItems
    ? fc.uniqueArray(item, { minLength: minItems, maxLength, selector: (v) => JSON.stringify(v) })
    : fc.array(item, { minLength: minItems, maxLength });
  return fc.tuple(head, tail).map(([h, t]) => [...h, ...t]);
}

function objectArbitrary(s: SchemaObject, ctx: Context): fc.Arbitrary<Record<string, unknown>> {
  const deeper = { ...ctx, depth: ctx.depth + 1 };
  const properties = (s.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((s.required ?? []) as string[]);
  // A property whose schema is `false` may not appear at all.
  const keys = Object.keys(properties).filter(
    (k) => properties[k] !== false && (required.has(k) || ctx.depth < ctx.maxDepth),
  );
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const key of keys) model[key] = build(properties[key]!, deeper);
  for (const key of required) model[key] ??= anyJson;
  const known = withPatternProperties(fc.record(model, { requiredKeys: [...required] }), s, deeper);
  const extraSchema = s.additionalProperties;
  if (extraSchema === undefined || extraSchema === false || typeof extraSchema === 'boolean') {
    return known as fc.Arbitrary<Record<string, unknown>>;
  }
  const extras = fc.dictionary(
    fc.string({ minLength: 1, maxLength: 6 }).filter((k) => !(k in properties) && k !== '__proto__'),
    build(extraSchema as JsonSchema, deeper),
    { maxKeys: 2 },
  );
  return fc.tuple(known, extras).map(([k, e]) => ({ ...e, ...k }));
}

/** Adds keys matching `patternProperties` (as many as `minProperties` asks for, at least). */
function withPatternProperties(
  known: fc.Arbitrary<Record<string, unknown>>,
  s: SchemaObject,
  ctx: Context,
): fc.Arbitrary<Record<string, unknown>> {
  const patterns = Object.entries((s.patternProperties ?? {}) as Record<string, JsonSchema>);
  if (patterns.length === 0) return known;
  const minKeys = typeof s.minProperties === 'number' ? s.minProperties : 0;
  const maxKeys = typeof s.maxProperties === 'number' ? s.maxProperties : minKeys + 2;
  const names = s.propertyNames as SchemaObject | undefined;
  const nameMax = typeof names?.maxLength === 'number' ? names.maxLength : Number.POSITIVE_INFINITY;
  const key = (pattern: string) =>
    fc.stringMatching(new RegExp(pattern, 'u')).filter((k) => [...k].length <= nameMax);
  const entries = fc.oneof(
    ...patterns.map(([pattern, schema]) => fc.tuple(key(pattern), build(schema, ctx))),
  );
  const extra = fc.uniqueArray(entries, { minLength: minKeys, maxLength: maxKeys, selector: ([key]) => key });
  return fc.tuple(known, extra).map(([k, e]) => ({ ...Object.fromEntries(e), ...k }));
}

/** `base` with `extra`'s keywords added; properties and required are combined. */
function merge(base: SchemaObject, extra: SchemaObject): SchemaObject {
  if (typeof extra !== 'object' || extra === null) return base;
  const out: SchemaObject = { ...base, ...extra };
  if (base.properties && extra.properties) {
    out.properties = { ...(base.properties as SchemaObject), ...(extra.properties as SchemaObject) };
  }
  if (Array.isArray(base.required) && Array.isArray(extra.required)) {
    out.required = [...new Set([...base.required, ...extra.required])];
  }
  return out;
}
