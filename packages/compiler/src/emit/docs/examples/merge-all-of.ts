import type { JsonSchema, JsonValue } from '../../../ir/contract.js';
import { asObject } from '../schema-text.js';
import { SynthesisError } from './synthesis-error.js';

type SchemaObject = { [keyword: string]: JsonValue };

/**
 * One schema standing for all the parts of an `allOf` (refs opened): properties merged (a property
 * in several parts becomes the `allOf` of its schemas), `required` joined, types intersected.
 * Parts whose types share nothing make the schema unsatisfiable: a `SynthesisError` at `at/allOf`.
 * Other keywords: the later part wins, and the validator judges the result.
 */
export function mergeAllOf(
  schema: SchemaObject,
  resolve: (ref: string) => JsonSchema,
  at: string,
): SchemaObject {
  const { allOf, ...rest } = schema;
  const parts = [rest, ...(allOf as JsonValue[]).map((part) => open(part, resolve))];
  const out: SchemaObject = {};
  const properties: Record<string, JsonValue[]> = {};
  const required = new Set<string>();
  let types: Set<string> | undefined;
  for (const part of parts) {
    if (part === false) throw new SynthesisError('a part of allOf is false', `${at}/allOf`);
    const p = asObject(part);
    if (!p) continue;
    const flat = Array.isArray(p.allOf) ? mergeAllOf(p, resolve, at) : p;
    for (const [key, value] of Object.entries(flat)) {
      if (key === 'properties') {
        for (const [name, sub] of Object.entries(asObject(value) ?? {})) {
          properties[name] = [...(properties[name] ?? []), sub];
        }
      } else if (key === 'required' && Array.isArray(value)) {
        for (const name of value) if (typeof name === 'string') required.add(name);
      } else if (key === 'type') {
        types = intersect(types, typeList(value));
        if (types.size === 0)
          throw new SynthesisError(
            'the parts of allOf share no type: no value can match all of them',
            `${at}/allOf`,
          );
      } else out[key] = value;
    }
  }
  if (types) out.type = [...types];
  if (Object.keys(properties).length > 0) {
    const merged: SchemaObject = {};
    for (const [name, subs] of Object.entries(properties))
      merged[name] = subs.length === 1 ? subs[0]! : { allOf: subs };
    out.properties = merged;
  }
  if (required.size > 0) out.required = [...required];
  return out;
}

function open(part: JsonValue, resolve: (ref: string) => JsonSchema): JsonValue | JsonSchema {
  const p = asObject(part);
  return typeof p?.$ref === 'string' ? open(resolve(p.$ref) as JsonValue, resolve) : part;
}

function typeList(value: JsonValue): Set<string> {
  const list = Array.isArray(value)
    ? value.filter((t): t is string => typeof t === 'string')
    : typeof value === 'string'
      ? [value]
      : [];
  return new Set(list);
}

/** An integer is a number: `number` and `integer` meet at `integer`. */
function intersect(current: Set<string> | undefined, next: Set<string>): Set<string> {
  if (!current) return next;
  const out = new Set<string>();
  for (const t of current) {
    if (next.has(t)) out.add(t);
    else if (t === 'number' && next.has('integer')) out.add('integer');
    else if (t === 'integer' && next.has('number')) out.add('integer');
  }
  return out;
}
