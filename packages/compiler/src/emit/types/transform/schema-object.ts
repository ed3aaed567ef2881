/**
 * Entry point of the JSON Schema -> TypeScript transform: dispatches each construct to its own
 * transform and combines the results. The mapping is documented in docs/types-mapping.md.
 *
 * A schema's type is the intersection of what its keywords say: its `$ref` (siblings apply, as
 * in ajv 8 and 2020-12), its own `type`/`enum`/`const` and type-specific keywords, and its
 * `allOf`/`oneOf`/`anyOf`; `nullable: true` then adds `| null`.
 */
import type { JsonSchema } from '../../../ir/contract.js';
import {
  intersectionType,
  isUnknown,
  neverType,
  nullType,
  type TypeNode,
  unionType,
  unknownType,
} from '../builder.js';
import type { TransformOptions } from '../context.js';
import { transformArrayObject } from './array-object.js';
import { transformCompositions } from './composition-object.js';
import { transformEnumObject } from './enum-object.js';
import { isBareObject, transformObjectObject } from './object-object.js';
import { transformPrimitive } from './primitive-object.js';
import { transformRefObject } from './ref-object.js';
import { allowedTypes, type SchemaObject } from './schema-keywords.js';

export function transformSchemaObject(schema: JsonSchema, options: TransformOptions): TypeNode {
  if (schema === true) return unknownType();
  if (schema === false) return neverType();
  const ref = typeof schema.$ref === 'string' ? transformRefObject(schema.$ref, options) : unknownType();
  const compositions = transformCompositions(schema, options);
  const own = transformOwnType(schema, options);
  // `type: object` next to `$ref`/allOf/oneOf adds nothing but noise (`{ [key: string]: unknown } & A`).
  const others = intersectionType([ref, ...compositions]);
  const keepOwn = isUnknown(others) || !isBareObject(schema);
  const type = intersectionType([ref, ...(keepOwn ? [own] : []), ...compositions]);
  return schema.nullable === true ? unionType([type, nullType()]) : type;
}

/** What `type`, `enum`/`const` and the type-specific keywords say, ignoring `$ref` and combinators. */
function transformOwnType(schema: SchemaObject, options: TransformOptions): TypeNode {
  const types = allowedTypes(schema);
  if ('const' in schema || Array.isArray(schema.enum)) return transformEnumObject(schema, types);
  if (types === undefined) return unknownType();
  return unionType(
    types.map((t) => {
      if (t === 'object') return transformObjectObject(schema, options);
      if (t === 'array') return transformArrayObject(schema, options);
      return transformPrimitive(t);
    }),
  );
}
