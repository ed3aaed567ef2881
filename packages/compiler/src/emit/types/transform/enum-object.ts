/** `enum` and `const` -> unions of literal types (objects and arrays become literal object/tuple types). */
import type { JsonValue } from '../../../ir/contract.js';
import { literalType, objectType, type TypeNode, tupleType, unionType } from '../builder.js';
import { matchesTypes, type SchemaObject } from './schema-keywords.js';

/**
 * `const` wins over `enum` when both are present. Values that the schema's `type` rules out
 * (say `null` in the enum of a `type: string`) are dropped, as no instance could carry them;
 * `nullable: true` is applied by the caller afterwards.
 */
export function transformEnumObject(schema: SchemaObject, types: readonly string[] | undefined): TypeNode {
  const values: JsonValue[] =
    'const' in schema ? [schema.const as JsonValue] : Array.isArray(schema.enum) ? schema.enum : [];
  const allowed = types === undefined ? values : values.filter((v) => matchesTypes(v, types));
  return unionType(allowed.map(jsonLiteralType));
}

/** The exact type of one JSON value. */
export function jsonLiteralType(value: JsonValue): TypeNode {
  if (Array.isArray(value))
    return tupleType(value.map((v) => ({ type: jsonLiteralType(v), optional: false })));
  if (value !== null && typeof value === 'object') {
    return objectType(
      Object.entries(value).map(([name, v]) => ({
        kind: 'property' as const,
        name,
        type: jsonLiteralType(v),
        optional: false,
      })),
      'single-line',
    );
  }
  return literalType(value);
}
