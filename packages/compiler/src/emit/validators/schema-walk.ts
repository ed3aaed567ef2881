import type { JsonSchema, JsonValue } from '../../ir/contract.js';
import { SUBSCHEMA, SUBSCHEMA_LIST, SUBSCHEMA_MAP } from '../../ir/subschema-keywords.js';
import { escapePointerToken } from '../../load/json-pointer.js';

/** A schema object (not a boolean schema) as the walker hands it out. */
export type SchemaObject = { [keyword: string]: JsonValue };

// Where subschemas nest (one list for the whole compiler), plus what only this walker meets: both
// forms of `items`, and `$defs`/`definitions`/`dependencies` in hand-written 2020-12 and draft-07
// schemas (`dependencies` mixes schemas and name lists).
const SCHEMA_VALUED = new Set([...SUBSCHEMA, 'items']);
const LIST_VALUED = new Set([...SUBSCHEMA_LIST, 'items']);
const MAP_VALUED = new Set([...SUBSCHEMA_MAP, '$defs', 'definitions', 'dependencies']);

/**
 * Rebuilds a schema bottom-up: `visit` gets a copy of every schema object whose subschemas have
 * already been rebuilt, with its JSON pointer relative to the root, and returns its replacement.
 * Only schema positions are visited, so data that looks like a schema (`const`, `enum`,
 * `default`, `examples`) is copied untouched. Keywords this walker does not know are kept as they
 * are (ajv's strict mode reports them).
 */
export function mapSchema(
  schema: JsonSchema,
  visit: (node: SchemaObject, pointer: string) => JsonSchema,
  pointer = '',
): JsonSchema {
  if (!isSchemaObject(schema)) return schema;
  const node: SchemaObject = {};
  for (const [keyword, value] of Object.entries(schema)) {
    put(node, keyword, mapKeyword(keyword, value, `${pointer}/${escapePointerToken(keyword)}`, visit));
  }
  return visit(node, pointer);
}

/** Calls `visit` for every schema object (subschemas before their parent) with its pointer from the root. */
export function forEachSchema(
  schema: JsonSchema,
  visit: (node: SchemaObject, pointer: string) => void,
): void {
  mapSchema(schema, (node, pointer) => {
    visit(node, pointer);
    return node;
  });
}

function mapKeyword(
  keyword: string,
  value: JsonValue,
  pointer: string,
  visit: (node: SchemaObject, pointer: string) => JsonSchema,
): JsonValue {
  if (LIST_VALUED.has(keyword) && Array.isArray(value)) {
    return value.map((item, i) =>
      isSchemaObject(item) ? mapSchema(item, visit, `${pointer}/${i}`) : copy(item),
    );
  }
  if (SCHEMA_VALUED.has(keyword) && isSchema(value)) return mapSchema(value, visit, pointer);
  if (MAP_VALUED.has(keyword) && isSchemaObject(value)) {
    const out: SchemaObject = {};
    for (const [name, item] of Object.entries(value)) {
      // `dependencies: { a: ["b"] }` lists property names, not a schema.
      put(
        out,
        name,
        isSchema(item) ? mapSchema(item, visit, `${pointer}/${escapePointerToken(name)}`) : copy(item),
      );
    }
    return out;
  }
  return copy(value);
}

function isSchema(value: JsonValue): value is JsonSchema {
  return typeof value === 'boolean' || isSchemaObject(value);
}

function isSchemaObject(value: JsonValue | JsonSchema): value is SchemaObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function copy(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(copy);
  if (value === null || typeof value !== 'object') return value;
  const out: { [key: string]: JsonValue } = {};
  for (const [key, item] of Object.entries(value)) put(out, key, copy(item));
  return out;
}

/**
 * Sets an own property: plain assignment of `__proto__` would set the copy's prototype instead,
 * losing `properties: { __proto__: ... }` (and a `const` holding such a key) from the schema.
 */
function put(target: { [key: string]: JsonValue }, key: string, value: JsonValue): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } else target[key] = value;
}
