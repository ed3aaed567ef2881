import type { Contract, JsonSchema, JsonValue } from '../../ir/contract.js';
import { refName } from '../../ir/contract.js';
import { asObject, constraints, type TypeText, typeText } from './schema-text.js';

/** One line of a field table. */
export interface FieldRow {
  /** Dotted path from the payload root: `total.amount`, `items[].sku`; `` for the root value. */
  path: string;
  /** Nesting depth, 0 for top-level fields. */
  depth: number;
  /**
   * `field`; `includes` for an `allOf` branch that is a named schema (linked, not repeated);
   * `variant` for one alternative of a `oneOf`/`anyOf` whose alternatives are objects of their
   * own (its fields follow it, one level deeper).
   */
  kind: 'field' | 'includes' | 'variant';
  /** On `variant` rows: `oneOf 2 of 3` and what tells it apart (`kind = "user"`), for people. */
  alternative?: string;
  /** On rows below a variant (the variant row included): which one, so equal paths stay apart. */
  within?: string;
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
  if (objectLike(root)) walkObject(root, '', 0, rows, undefined);
  else if (!walkVariants(root, '', 0, rows, undefined)) rows.push(row('', 0, root, true, undefined));
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

function walkObject(
  schema: JsonValue,
  prefix: string,
  depth: number,
  rows: FieldRow[],
  within: string | undefined,
): void {
  const s = asObject(schema);
  if (!s) return;
  for (const part of Array.isArray(s.allOf) ? s.allOf : []) {
    const p = asObject(part);
    if (typeof p?.$ref === 'string') {
      rows.push({ ...row(prefix, depth, part, true, within), kind: 'includes' });
    } else walkObject(part, prefix, depth, rows, within);
  }
  const properties = asObject(s.properties) ?? {};
  const required = new Set(Array.isArray(s.required) ? s.required : []);
  for (const [name, child] of Object.entries(properties)) {
    const path = prefix ? `${prefix}.${name}` : name;
    rows.push(row(path, depth, child, required.has(name), within));
    walkChild(child, path, depth + 1, rows, within);
  }
}

function walkChild(
  schema: JsonValue,
  path: string,
  depth: number,
  rows: FieldRow[],
  within: string | undefined,
): void {
  const s = asObject(schema);
  if (!s) return;
  if (objectLike(s)) {
    walkObject(s, path, depth, rows, within);
    return;
  }
  const items = asObject(s.items);
  if (items && objectLike(items)) {
    walkObject(items, `${path}[]`, depth, rows, within);
    return;
  }
  walkVariants(s, path, depth, rows, within);
}

/**
 * The alternatives of a `oneOf`/`anyOf`. A nullable inline object (`oneOf: [{ object }, { type:
 * null }]`) reads as that object's fields. Two or more inline objects each get a `variant` row
 * and their own fields below it; alternatives that are named schemas stay links. False when
 * there is nothing to expand.
 */
function walkVariants(
  schema: JsonValue | JsonSchema,
  path: string,
  depth: number,
  rows: FieldRow[],
  within: string | undefined,
): boolean {
  const s = asObject(schema);
  const keyword = Array.isArray(s?.oneOf) ? 'oneOf' : Array.isArray(s?.anyOf) ? 'anyOf' : undefined;
  if (!s || !keyword) return false;
  const branches = (s[keyword] as JsonValue[]).filter((b) => !isNullSchema(b));
  const objects = branches.filter(objectLike);
  if (objects.length === 0) return false;
  if (objects.length === 1) {
    walkObject(objects[0]!, path, depth, rows, within);
    return true;
  }
  branches.forEach((branch, i) => {
    const tell = distinguishingConst(branch);
    const alternative = `${keyword} ${i + 1} of ${branches.length}${tell ? `, ${tell}` : ''}`;
    const id = `${within ? `${within} > ` : ''}${path || '(payload)'} ${keyword} ${i + 1}`;
    rows.push({ ...row(path, depth, branch, false, id), kind: 'variant', alternative });
    if (objectLike(branch)) walkObject(branch, path, depth + 1, rows, id);
  });
  return true;
}

function isNullSchema(schema: JsonValue): boolean {
  const s = asObject(schema);
  return s?.type === 'null' || (s !== undefined && 'const' in s && s.const === null);
}

/** `kind = "user"`: the first property an alternative pins to one value, which names it for people. */
function distinguishingConst(schema: JsonValue): string | undefined {
  const properties = asObject(asObject(schema)?.properties);
  for (const [name, child] of Object.entries(properties ?? {})) {
    const c = asObject(child);
    if (c && 'const' in c) return `${name} = ${JSON.stringify(c.const)}`;
    if (c && Array.isArray(c.enum) && c.enum.length === 1) return `${name} = ${JSON.stringify(c.enum[0])}`;
  }
  return undefined;
}

function row(
  path: string,
  depth: number,
  schema: JsonValue | JsonSchema,
  required: boolean,
  within: string | undefined,
): FieldRow {
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
    ...(within === undefined ? {} : { within }),
  };
}

/** Named schemas a set of rows links to. */
export function linkedSchemas(rows: readonly FieldRow[]): string[] {
  const out = new Set<string>();
  for (const r of rows) for (const t of r.type) if (typeof t !== 'string') out.add(t.ref);
  return [...out];
}
