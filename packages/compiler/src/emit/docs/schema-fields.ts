import type { Contract, JsonSchema, JsonValue } from '../../ir/contract.js';
import { refName } from '../../ir/contract.js';
import { asObject, constraints, type TypeText, typeText } from './schema-text.js';

/** One line of a field table. */
export interface FieldRow {
  /** Dotted path from the payload root: `total.amount`, `items[].sku`; `` for the root value. */
  path: string;
  /** Nesting depth, 0 for top-level fields. */
  depth: number;
  /** `field`, or `includes` for an `allOf` branch that is a named schema (linked, not repeated). */
  kind: 'field' | 'includes';
  type: TypeText;
  required: boolean;
  description?: string;
  constraints: string[];
  deprecated: boolean;
}

/**
 * The field table of a schema. A schema that is only a `$ref` is opened once (the event's payload
 * is usually a named schema); below that, named schemas stay links and inline objects, arrays of
 * objects and `allOf` parts are expanded, so nesting reads as paths (`items[].price.amount`).
 *
 * @example
 * fieldRows({ type: 'object', required: ['id'], properties: { id: { type: 'string' } } }, contract);
 * // [{ path: 'id', depth: 0, kind: 'field', type: ['string'], required: true, constraints: [], ... }]
 */
export function fieldRows(schema: JsonSchema, contract: Contract): FieldRow[] {
  const root = openRef(schema, contract);
  const rows: FieldRow[] = [];
  if (!objectLike(root)) {
    rows.push(row('', 0, root, true));
    return rows;
  }
  walkObject(root, '', 0, rows);
  return rows;
}

function openRef(schema: JsonSchema, contract: Contract): JsonSchema {
  const s = asObject(schema);
  const name = typeof s?.$ref === 'string' ? refName(s.$ref) : undefined;
  return name !== undefined && contract.schemas[name] ? contract.schemas[name].schema : schema;
}

function objectLike(schema: JsonValue | JsonSchema): boolean {
  const s = asObject(schema);
  if (!s || typeof s.$ref === 'string') return false;
  return asObject(s.properties) !== undefined || (Array.isArray(s.allOf) && s.type !== 'array');
}

function walkObject(schema: JsonValue, prefix: string, depth: number, rows: FieldRow[]): void {
  const s = asObject(schema);
  if (!s) return;
  for (const part of Array.isArray(s.allOf) ? s.allOf : []) {
    const p = asObject(part);
    if (typeof p?.$ref === 'string') {
      rows.push({ ...row(prefix, depth, part, true), kind: 'includes' });
    } else walkObject(part, prefix, depth, rows);
  }
  const properties = asObject(s.properties) ?? {};
  const required = new Set(Array.isArray(s.required) ? s.required : []);
  for (const [name, child] of Object.entries(properties)) {
    const path = prefix ? `${prefix}.${name}` : name;
    rows.push(row(path, depth, child, required.has(name)));
    walkChild(child, path, depth + 1, rows);
  }
}

function walkChild(schema: JsonValue, path: string, depth: number, rows: FieldRow[]): void {
  const s = asObject(schema);
  if (!s) return;
  if (objectLike(s)) {
    walkObject(s, path, depth, rows);
    return;
  }
  const items = asObject(s.items);
  if (items && objectLike(items)) {
    walkObject(items, `${path}[]`, depth, rows);
    return;
  }
  // A nullable inline object (`oneOf: [{ object }, { type: null }]`) still deserves its fields.
  const branches = (Array.isArray(s.oneOf) ? s.oneOf : Array.isArray(s.anyOf) ? s.anyOf : []).filter(
    objectLike,
  );
  if (branches.length === 1) walkObject(branches[0]!, path, depth, rows);
}

function row(path: string, depth: number, schema: JsonValue | JsonSchema, required: boolean): FieldRow {
  const s = asObject(schema);
  const description =
    typeof s?.description === 'string' ? s.description : typeof s?.title === 'string' ? s.title : undefined;
  return {
    path,
    depth,
    kind: 'field',
    type: typeText(schema),
    required,
    ...(description === undefined ? {} : { description }),
    constraints: constraints(schema),
    deprecated: s?.deprecated === true,
  };
}

/** Named schemas a set of rows links to. */
export function linkedSchemas(rows: readonly FieldRow[]): string[] {
  const out = new Set<string>();
  for (const r of rows) for (const t of r.type) if (typeof t !== 'string') out.add(t.ref);
  return [...out];
}
