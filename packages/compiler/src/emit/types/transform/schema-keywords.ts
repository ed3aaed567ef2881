/** Reading JSON Schema keywords the transforms share, tolerant of malformed values. */
import type { JsonSchema, JsonValue } from '../../../ir/contract.js';

export type SchemaObject = Exclude<JsonSchema, boolean>;

const objectKeywords = [
  'properties',
  'required',
  'additionalProperties',
  'patternProperties',
  'unevaluatedProperties',
] as const;
const arrayKeywords = ['items', 'prefixItems', 'additionalItems'] as const;

/**
 * The JSON types a schema's own `type` keyword allows, in the order written; without `type`,
 * inferred from object or array keywords (as every TypeScript generator does), else undefined
 * (no constraint). Unknown type names are kept and typed `unknown` by the primitive transform.
 */
export function allowedTypes(schema: SchemaObject): string[] | undefined {
  const { type } = schema;
  if (typeof type === 'string') return [type];
  if (Array.isArray(type)) return [...new Set(type.filter((t): t is string => typeof t === 'string'))];
  if (objectKeywords.some((k) => k in schema)) return ['object'];
  if (arrayKeywords.some((k) => k in schema)) return ['array'];
  return undefined;
}

/** The JSON type name of a value, `integer` for whole numbers (which also match `number`). */
export function jsonTypeOf(value: JsonValue): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** `value` satisfies a schema whose `type` allows `types`. */
export function matchesTypes(value: JsonValue, types: readonly string[]): boolean {
  const t = jsonTypeOf(value);
  return types.includes(t) || (t === 'integer' && types.includes('number'));
}

/** A keyword whose value must be a schema; anything else (malformed) reads as absent. */
export function schemaAt(schema: SchemaObject, keyword: string): JsonSchema | undefined {
  const value = schema[keyword];
  return typeof value === 'boolean' || isPlainObject(value) ? (value as JsonSchema) : undefined;
}

/** A keyword whose value must be an array of schemas; malformed entries read as `true` (positions kept). */
export function schemaListAt(schema: SchemaObject, keyword: string): JsonSchema[] | undefined {
  const value = schema[keyword];
  return Array.isArray(value) ? value.map(asSchema) : undefined;
}

/** A keyword whose value must be a map of name -> schema, in written order; malformed values read as `true`. */
export function schemaMapAt(schema: SchemaObject, keyword: string): Array<[string, JsonSchema]> {
  const value = schema[keyword];
  return isPlainObject(value) ? Object.entries(value).map(([k, v]) => [k, asSchema(v)]) : [];
}

function asSchema(value: JsonValue): JsonSchema {
  return typeof value === 'boolean' || isPlainObject(value) ? value : true;
}

export function isPlainObject(value: JsonValue | undefined): value is { [key: string]: JsonValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
