import type { JsonValue } from '../contract.js';

type SchemaLevel = { [keyword: string]: JsonValue };

/**
 * One level of an OpenAPI Schema Object (`schemaFormat: application/vnd.oai.openapi;version=...`)
 * made plain JSON Schema (draft-07 for 3.0, 2020-12 for 3.1), in place; its subschemas are
 * converted as they are rebuilt. What differs: in 3.0, `exclusiveMinimum`/`exclusiveMaximum` are
 * booleans qualifying `minimum`/`maximum` (draft-04's form) instead of bounds of their own; in
 * both, `xml` and an object `discriminator` are OpenAPI annotations a JSON Schema validator does
 * not know. 3.0's `nullable` and `example` need nothing: the validators (ajv's `nullable`
 * keyword) and the types already read them in every schema.
 */
export function openApiLevel(schema: SchemaLevel): SchemaLevel {
  exclusiveBound(schema, 'exclusiveMinimum', 'minimum');
  exclusiveBound(schema, 'exclusiveMaximum', 'maximum');
  delete schema.xml;
  if (schema.discriminator !== null && typeof schema.discriminator === 'object') delete schema.discriminator;
  return schema;
}

/** `minimum: 0, exclusiveMinimum: true` -> `exclusiveMinimum: 0`; `exclusiveMinimum: false` -> nothing. */
function exclusiveBound(schema: SchemaLevel, exclusive: string, bound: string): void {
  const flag = schema[exclusive];
  if (typeof flag !== 'boolean') return;
  delete schema[exclusive];
  const limit = schema[bound];
  if (flag && typeof limit === 'number') {
    delete schema[bound];
    schema[exclusive] = limit;
  }
}
