import type { JsonSchema, JsonValue, NamedSchema } from '../../../ir/contract.js';
import { refName } from '../../../ir/contract.js';
import { asObject } from '../schema-text.js';
import { mergeAllOf } from './merge-all-of.js';
import { samplePattern } from './pattern-sample.js';
import { SynthesisError } from './synthesis-error.js';

export { SynthesisError };

/** Choices that make different candidates for one schema; the validator picks the first that passes. */
export interface SynthesisChoice {
  /** Also fill optional properties (near the root only), for a fuller example. */
  optional: boolean;
  /** Which branch of every `oneOf` / `anyOf` to take first (non-null branches preferred). */
  branch: number;
}

const FORMAT_SAMPLES: Record<string, string> = {
  'date-time': '2025-01-15T09:30:00Z',
  date: '2025-01-15',
  time: '09:30:00Z',
  duration: 'P1D',
  email: 'jane.doe@example.com',
  'idn-email': 'jane.doe@example.com',
  hostname: 'example.com',
  'idn-hostname': 'example.com',
  ipv4: '192.0.2.10',
  ipv6: '2001:db8::10',
  uri: 'https://example.com/resource',
  'uri-reference': '/resource',
  iri: 'https://example.com/resource',
  'iri-reference': '/resource',
  'uri-template': 'https://example.com/{id}',
  url: 'https://example.com/resource',
  uuid: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
  'json-pointer': '/id',
  'relative-json-pointer': '0',
  regex: '^.*$',
};

/** Optional properties are filled down to this depth, so shared recursive schemas stay finite. */
const OPTIONAL_DEPTH = 3;
/** A named schema may appear this many times on one path (recursive trees) before giving up. */
const REF_REPEAT = 2;

/**
 * A value for `schema`, built from its keywords: `const`, `examples`, `default`, `enum`, then
 * the type with its formats, patterns and bounds. Named schemas are looked up in `schemas`.
 * The result is a candidate only: callers check it with the compiled validator.
 *
 * @example
 * synthesize({ type: 'object', required: ['id'], properties: { id: { type: 'string', format: 'uuid' } } }, {}, { optional: false, branch: 0 });
 * // { id: '3fa85f64-5717-4562-b3fc-2c963f66afa6' }
 */
export function synthesize(
  schema: JsonSchema,
  schemas: Record<string, NamedSchema>,
  choice: SynthesisChoice,
): JsonValue {
  return new Synthesizer(schemas, choice).value(schema, '', 0, []);
}

class Synthesizer {
  constructor(
    private readonly schemas: Record<string, NamedSchema>,
    private readonly choice: SynthesisChoice,
  ) {}

  value(schema: JsonValue | JsonSchema, at: string, depth: number, refs: string[]): JsonValue {
    if (schema === true) return 'example';
    const s = asObject(schema);
    if (!s) throw new SynthesisError('the schema is false: no value is valid', at);
    if (typeof s.$ref === 'string') return this.ref(s.$ref, at, depth, refs);
    if ('const' in s) return s.const!;
    const example = firstExample(s);
    if (example !== undefined) return example;
    if (Array.isArray(s.allOf)) {
      const merged = mergeAllOf(s, (ref) => this.resolve(ref, at), at);
      return this.value(merged, at, depth, refs);
    }
    if (Array.isArray(s.enum)) {
      if (s.enum.length === 0) throw new SynthesisError('enum lists no value', `${at}/enum`);
      return s.enum.find((v) => v !== null) ?? null;
    }
    const branches = Array.isArray(s.oneOf) ? 'oneOf' : Array.isArray(s.anyOf) ? 'anyOf' : undefined;
    if (branches) {
      const list = s[branches] as JsonValue[];
      const order = preferNonNull(list);
      const index = order[this.choice.branch % order.length]!;
      return this.value(list[index]!, `${at}/${branches}/${index}`, depth, refs);
    }
    return this.typed(s, pickType(s, at), at, depth, refs);
  }

  private ref(ref: string, at: string, depth: number, refs: string[]): JsonValue {
    const name = refName(ref);
    if (refs.filter((r) => r === name).length >= REF_REPEAT)
      throw new SynthesisError(`schema ${name} requires itself without end`, at);
    return this.value(this.resolve(ref, at), at, depth, name === undefined ? refs : [...refs, name]);
  }

  private resolve(ref: string, at: string): JsonSchema {
    const name = refName(ref);
    const target = name === undefined ? undefined : this.schemas[name];
    if (!target) throw new SynthesisError(`unresolved reference ${ref}`, at);
    return target.schema;
  }

  private typed(
    s: { [k: string]: JsonValue },
    type: string,
    at: string,
    depth: number,
    refs: string[],
  ): JsonValue {
    switch (type) {
      case 'null':
        return null;
      case 'boolean':
        return true;
      case 'integer':
      case 'number':
        return sampleNumber(s, type === 'integer', at);
      case 'string':
        return sampleString(s, at);
      case 'array':
        return this.array(s, at, depth, refs);
      default:
        return this.object(s, at, depth, refs);
    }
  }

  /** An optional part: left out when it cannot be built. */
  private optional(schema: JsonValue, at: string, depth: number, refs: string[]): JsonValue | undefined {
    try {
      return this.value(schema, at, depth, refs);
    } catch (error) {
      if (error instanceof SynthesisError) return undefined;
      throw error;
    }
  }

  private array(s: { [k: string]: JsonValue }, at: string, depth: number, refs: string[]): JsonValue[] {
    const tuple = Array.isArray(s.prefixItems) ? 'prefixItems' : Array.isArray(s.items) ? 'items' : undefined;
    const out: JsonValue[] = [];
    if (tuple) {
      (s[tuple] as JsonValue[]).forEach((item, i) => {
        out.push(this.value(item, `${at}/${tuple}/${i}`, depth + 1, refs));
      });
      return out;
    }
    const min = typeof s.minItems === 'number' ? s.minItems : 0;
    const max = typeof s.maxItems === 'number' ? s.maxItems : Number.POSITIVE_INFINITY;
    const count = Math.min(Math.max(min, 1), max);
    const items = s.items === undefined ? true : (s.items as JsonSchema);
    try {
      for (let i = 0; i < count; i++) out.push(this.value(items, `${at}/items`, depth + 1, refs));
    } catch (error) {
      // One item reads better, but an optional item that cannot be built (a recursive tree's
      // leaves) leaves an empty array, which is valid.
      if (min === 0 && error instanceof SynthesisError) return [];
      throw error;
    }
    return out;
  }

  private object(s: { [k: string]: JsonValue }, at: string, depth: number, refs: string[]): JsonValue {
    const out: { [k: string]: JsonValue } = {};
    const properties = asObject(s.properties) ?? {};
    const required = new Set(Array.isArray(s.required) ? (s.required as string[]) : []);
    const fillOptional = this.choice.optional && depth < OPTIONAL_DEPTH;
    for (const [name, child] of Object.entries(properties)) {
      if (required.has(name)) out[name] = this.value(child, `${at}/properties/${name}`, depth + 1, refs);
      else if (fillOptional) {
        const value = this.optional(child, `${at}/properties/${name}`, depth + 1, refs);
        if (value !== undefined) out[name] = value;
      }
    }
    for (const name of required) {
      if (name in out) continue;
      const extra = asObject(s.additionalProperties);
      if (s.additionalProperties === false)
        throw new SynthesisError(`required "${name}" is not an allowed property`, at);
      out[name] = extra ? this.value(extra, `${at}/additionalProperties`, depth + 1, refs) : 'example';
    }
    const map = asObject(s.additionalProperties);
    const min = typeof s.minProperties === 'number' ? s.minProperties : 0;
    if (map && Object.keys(properties).length === 0 && (min > 0 || fillOptional)) {
      for (let i = Object.keys(out).length; i < Math.max(min, 1); i++)
        out[`key${i === 0 ? '' : i + 1}`] = this.value(map, `${at}/additionalProperties`, depth + 1, refs);
    }
    return out;
  }
}

function firstExample(s: { [k: string]: JsonValue }): JsonValue | undefined {
  if (Array.isArray(s.examples) && s.examples.length > 0) return s.examples[0];
  if ('example' in s) return s.example;
  if ('default' in s) return s.default;
  return undefined;
}

function preferNonNull(list: JsonValue[]): number[] {
  const isNull = (b: JsonValue) => asObject(b)?.type === 'null' || asObject(b)?.const === null;
  const indexes = list.map((_, i) => i);
  return [...indexes.filter((i) => !isNull(list[i]!)), ...indexes.filter((i) => isNull(list[i]!))];
}

function pickType(s: { [k: string]: JsonValue }, at: string): string {
  if (Array.isArray(s.type)) {
    if (s.type.length === 0) throw new SynthesisError('type lists no type', `${at}/type`);
    return (s.type.find((t) => t !== 'null') ?? 'null') as string;
  }
  if (typeof s.type === 'string') return s.type;
  if (asObject(s.properties) || 'additionalProperties' in s || 'required' in s) return 'object';
  if ('items' in s || 'prefixItems' in s) return 'array';
  if ('minimum' in s || 'maximum' in s || 'multipleOf' in s) return 'number';
  return 'string';
}

function sampleNumber(s: { [k: string]: JsonValue }, integer: boolean, at: string): number {
  const num = (k: string) => (typeof s[k] === 'number' ? (s[k] as number) : undefined);
  const xlo = num('exclusiveMinimum');
  const xhi = num('exclusiveMaximum');
  const lo = Math.max(num('minimum') ?? Number.NEGATIVE_INFINITY, xlo ?? Number.NEGATIVE_INFINITY);
  const hi = Math.min(num('maximum') ?? Number.POSITIVE_INFINITY, xhi ?? Number.POSITIVE_INFINITY);
  const gap = integer ? 1 : Math.min(1, (hi - lo) / 2);
  // Near 1 when the bounds allow it, else just inside the nearest bound.
  let value = Math.min(Math.max(1, lo), hi);
  if (value === xlo) value += gap;
  if (value === xhi) value -= gap;
  const step = num('multipleOf');
  if (step !== undefined && step > 0) value = Math.ceil(value / step) * step;
  if (integer) value = Math.ceil(value);
  const inside = value >= lo && value <= hi && value !== xlo && value !== xhi;
  if (!inside || !Number.isFinite(value))
    throw new SynthesisError(`no ${integer ? 'integer' : 'number'} within the bounds ${lo}..${hi}`, at);
  return value;
}

function sampleString(s: { [k: string]: JsonValue }, at: string): string {
  let value = 'example';
  if (typeof s.pattern === 'string') {
    const sample = samplePattern(s.pattern);
    if (sample === undefined)
      throw new SynthesisError(`cannot build a string for pattern ${s.pattern}`, `${at}/pattern`);
    value = sample;
  } else if (typeof s.format === 'string' && FORMAT_SAMPLES[s.format] !== undefined)
    value = FORMAT_SAMPLES[s.format]!;
  const min = typeof s.minLength === 'number' ? s.minLength : 0;
  const max = typeof s.maxLength === 'number' ? s.maxLength : Number.POSITIVE_INFINITY;
  if (min > max) throw new SynthesisError(`minLength ${min} is above maxLength ${max}`, at);
  if (value.length < min) value = value + 'x'.repeat(min - value.length);
  if (value.length > max) value = value.slice(0, max);
  return value;
}
