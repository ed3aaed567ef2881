import { provablyDisjoint } from './atoms.js';
import { isObject, stableJson } from './json.js';
import { ANNOTATIONS, LOWER_BOUNDS, SIBLING_DEPENDENT, UPPER_BOUNDS } from './keywords.js';
import { type Loc, locChild, type Placed } from './loc.js';
import type { SchemaIndex } from './schema-index.js';

/** One constraint keyword of a normalised schema and where it was written. */
export interface Written {
  value: unknown;
  loc: Loc;
}

/**
 * A schema reduced to what it accepts: `$ref`s to named schemas followed, `allOf` members merged
 * into one node where the merge is exact, 3.0-style `nullable: true` turned into a `null` type,
 * `const` into a one-value `enum`. What cannot be merged exactly stays in `allOf`.
 */
export interface NormalSchema {
  /** `false`, or a merge of contradictory types/values: accepts nothing. */
  never: boolean;
  /** Allowed JSON types (sorted, `integer` as written); undefined when any type is allowed. */
  types?: Written & { value: string[] };
  /** Allowed values (`enum`/`const`); undefined when any value is allowed. */
  values?: Written & { value: unknown[] };
  properties: Map<string, Placed>;
  /** Required property names and where each was required. */
  required: Map<string, Loc>;
  /** Every other assertion keyword. */
  keywords: Map<string, Written>;
  /** `allOf` members that could not be merged exactly. */
  allOf: Placed[];
  /** Annotations (title, description, ...) of the schema, first writer wins. */
  docs: Map<string, Written>;
  /** Named schemas merged into this node: a reference back to one of them is recursion. */
  names: string[];
  loc: Loc;
}

interface Part {
  schema: Record<string, unknown> | false;
  loc: Loc;
}

/**
 * Normalises a placed schema (see `NormalSchema`).
 *
 * @example
 * const node = normalizeSchema({ schema: { $ref: '#/schemas/Order' }, loc }, index);
 * node.properties.get('id'); // the Order schema's `id`, placed where Order writes it
 */
export function normalizeSchema(placed: Placed, index: SchemaIndex): NormalSchema {
  const nullableIdiom = nullableWithoutType(placed.schema);
  if (nullableIdiom) {
    // `nullable: true` next to `$ref`/`allOf`/`oneOf`: null or the rest (docs/types-mapping.md).
    return normalizeSchema({ schema: { anyOf: [{ type: 'null' }, nullableIdiom] }, loc: placed.loc }, index);
  }
  const names: string[] = [];
  const parts: Part[] = [];
  flatten(placed, index, names, parts);
  const node: NormalSchema = {
    never: false,
    properties: new Map(),
    required: new Map(),
    keywords: new Map(),
    allOf: [],
    docs: new Map(),
    names,
    loc: placed.loc,
  };
  const siblingDependent = parts.filter((p) => p.schema && hasObjectShape(p.schema)).length > 1;
  for (const part of parts) {
    if (part.schema === false) {
      node.never = true;
    } else if (siblingDependent && Object.keys(part.schema).some((k) => SIBLING_DEPENDENT.has(k))) {
      // `additionalProperties` only sees the properties of its own schema object: merging would change it.
      node.allOf.push({ schema: part.schema, loc: part.loc });
    } else if (!mergeable(node, part.schema)) {
      node.allOf.push({ schema: part.schema, loc: part.loc });
    } else {
      merge(node, part.schema, part.loc);
    }
  }
  disjointOneOfAsAnyOf(node, index);
  return node;
}

let disjointDepth = 0;

/**
 * `oneOf` whose branches provably exclude each other accepts what `anyOf` accepts: one spelling
 * for both, so `oneOf: [X, {type: 'null'}]` and 3.0's nullable idiom compare equal. Bounded in
 * depth because the discriminator check normalises property schemas, which may recurse.
 */
function disjointOneOfAsAnyOf(node: NormalSchema, index: SchemaIndex): void {
  const oneOf = node.keywords.get('oneOf');
  if (!oneOf || !Array.isArray(oneOf.value) || node.keywords.has('anyOf') || disjointDepth > 2) return;
  disjointDepth++;
  try {
    const branches = oneOf.value.map((schema, i) =>
      normalizeSchema({ schema, loc: locChild(oneOf.loc, i) }, index),
    );
    const property = (n: NormalSchema, name: string) => {
      const placed = n.properties.get(name);
      return placed ? normalizeSchema(placed, index) : undefined;
    };
    for (let i = 0; i < branches.length; i++) {
      for (let j = i + 1; j < branches.length; j++) {
        if (!provablyDisjoint(branches[i]!, branches[j]!, property)) return;
      }
    }
    node.keywords.delete('oneOf');
    node.keywords.set('anyOf', oneOf);
  } finally {
    disjointDepth--;
  }
}

function nullableWithoutType(schema: unknown): Record<string, unknown> | undefined {
  if (!isObject(schema) || schema.nullable !== true || 'type' in schema) return undefined;
  if (!('$ref' in schema || 'allOf' in schema || 'oneOf' in schema || 'anyOf' in schema)) return undefined;
  const { nullable: _, ...rest } = schema;
  return rest;
}

function flatten(placed: Placed, index: SchemaIndex, names: string[], out: Part[]): void {
  const { schema, loc } = placed;
  if (placed.parts) {
    for (const part of placed.parts) flatten(part, index, names, out);
    return;
  }
  if (schema === false) {
    out.push({ schema: false, loc });
    return;
  }
  if (!isObject(schema)) return;
  const { $ref, allOf, ...own } = schema;
  // A one-branch anyOf/oneOf is that branch: merge it like an allOf member.
  const single = (['anyOf', 'oneOf'] as const).filter(
    (k) => Array.isArray(own[k]) && (own[k] as unknown[]).length === 1,
  );
  for (const k of single) delete own[k];
  out.push({ schema: own, loc });
  for (const k of single) {
    flatten({ schema: (schema[k] as unknown[])[0], loc: locChild(loc, k, 0) }, index, names, out);
  }
  if ($ref !== undefined) {
    const target = index.target($ref);
    if (target && !names.includes(target.name)) {
      names.push(target.name);
      flatten(target.placed, index, names, out);
    } else if (target) {
      // A schema that is, through `$ref`/`allOf` alone, part of itself: keep the reference.
      out.push({ schema: { $ref }, loc });
    }
  }
  if (Array.isArray(allOf)) {
    allOf.forEach((member, i) => {
      flatten({ schema: member, loc: locChild(loc, 'allOf', i) }, index, names, out);
    });
  }
}

function hasObjectShape(schema: Record<string, unknown>): boolean {
  return ['properties', 'patternProperties', 'additionalProperties', 'unevaluatedProperties'].some(
    (k) => k in schema,
  );
}

const INTERSECTED = new Set(['type', 'nullable', 'enum', 'const', 'required', 'properties']);

function mergeable(node: NormalSchema, schema: Record<string, unknown>): boolean {
  for (const [keyword, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword) || INTERSECTED.has(keyword)) continue;
    if (LOWER_BOUNDS.has(keyword) || UPPER_BOUNDS.has(keyword)) continue;
    const existing = node.keywords.get(keyword);
    if (existing && stableJson(existing.value) !== stableJson(value)) return false;
  }
  return true;
}

function merge(node: NormalSchema, schema: Record<string, unknown>, loc: Loc): void {
  for (const [keyword, value] of Object.entries(schema)) {
    const at = locChild(loc, keyword);
    if (ANNOTATIONS.has(keyword)) {
      if (!node.docs.has(keyword)) node.docs.set(keyword, { value, loc: at });
    } else if (keyword === 'type') {
      const written = (Array.isArray(value) ? value : [value]).filter(
        (t): t is string => typeof t === 'string',
      );
      if (schema.nullable === true && !written.includes('null')) written.push('null');
      mergeTypes(node, written, at);
    } else if (keyword === 'enum' || keyword === 'const') {
      mergeValues(node, keyword === 'const' ? [value] : Array.isArray(value) ? value : [], at);
    } else if (keyword === 'required') {
      if (Array.isArray(value)) {
        value.forEach((name, i) => {
          if (typeof name === 'string' && !node.required.has(name)) node.required.set(name, locChild(at, i));
        });
      }
    } else if (keyword === 'properties') {
      if (isObject(value)) mergeProperties(node, value, at);
    } else if (keyword === 'nullable') {
      // Applied together with `type` above; `nullable: false` says nothing.
    } else if (LOWER_BOUNDS.has(keyword) || UPPER_BOUNDS.has(keyword)) {
      const existing = node.keywords.get(keyword);
      const tighter =
        !existing ||
        typeof existing.value !== 'number' ||
        typeof value !== 'number' ||
        (LOWER_BOUNDS.has(keyword) ? value > existing.value : value < existing.value);
      if (tighter) node.keywords.set(keyword, { value, loc: at });
    } else if (!node.keywords.has(keyword)) {
      node.keywords.set(keyword, { value, loc: at });
    }
  }
}

function mergeTypes(node: NormalSchema, written: string[], loc: Loc): void {
  if (!node.types) {
    node.types = { value: [...new Set(written)].sort(), loc };
    return;
  }
  const before = node.types.value;
  const both = new Set<string>();
  for (const t of written) {
    if (before.includes(t)) both.add(t);
    else if (t === 'integer' && before.includes('number')) both.add('integer');
    else if (t === 'number' && before.includes('integer')) both.add('integer');
  }
  node.types = { value: [...both].sort(), loc: node.types.loc };
  if (both.size === 0) node.never = true;
}

function mergeValues(node: NormalSchema, values: unknown[], loc: Loc): void {
  if (!node.values) {
    const seen = new Set<string>();
    node.values = { value: values.filter((v) => !seen.has(stableJson(v)) && !!seen.add(stableJson(v))), loc };
    return;
  }
  const allowed = new Set(values.map(stableJson));
  node.values = { value: node.values.value.filter((v) => allowed.has(stableJson(v))), loc: node.values.loc };
  if (node.values.value.length === 0) node.never = true;
}

function mergeProperties(node: NormalSchema, properties: Record<string, unknown>, loc: Loc): void {
  for (const [name, schema] of Object.entries(properties)) {
    const placed: Placed = { schema, loc: locChild(loc, name) };
    const existing = node.properties.get(name);
    if (!existing) {
      node.properties.set(name, placed);
    } else {
      // The property must match both: an `allOf` whose parts keep their own locations.
      const parts = [...(existing.parts ?? [existing]), placed];
      node.properties.set(name, { schema: { allOf: parts.map((m) => m.schema) }, loc: existing.loc, parts });
    }
  }
}
