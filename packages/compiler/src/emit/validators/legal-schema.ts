import { escapePointerToken } from '../../load/json-pointer.js';
import { mapSchema, type SchemaObject } from './schema-walk.js';

/**
 * Keywords that only describe (OpenAPI/AsyncAPI vocabulary ajv does not define): ignored like
 * every unknown keyword, but never worth a warning.
 */
const SILENT_ANNOTATIONS = new Set(['discriminator', 'externalDocs', 'xml', '$anchor', '$dynamicAnchor']);

/** An unknown keyword as written: its name and the JSON pointer of the keyword inside the schema. */
export interface UnknownKeywordUse {
  keyword: string;
  pointer: string;
}

export interface LegalSchema {
  /** What ajv compiles: `nullable` beside no `type` rewritten. */
  schema: SchemaObject;
  /** Unknown keywords (annotations and `x-*` not listed), in walk order. */
  unknown: UnknownKeywordUse[];
}

/**
 * Turns a legal schema into one ajv compiles with the meaning JSON Schema gives it:
 *
 * - a keyword the dialect does not define is ignored, as JSON Schema says: it is listed so the
 *   caller can warn about typos (and tell ajv, whose strict mode would refuse it, to stay quiet).
 *   It stays in the schema, since a `$ref` may point into it (`#/tsDefs/id`);
 * - `nullable: true` without `type` (OpenAPI 3.0's "nullable reference", `{$ref, nullable}` or
 *   `{allOf, nullable}`) becomes `anyOf: [{type: null}, <the rest>]`; ajv only understands
 *   `nullable` next to `type`, which it keeps handling itself, so such schemas stay unchanged.
 *
 * A schema that needs neither comes back equal to its input, so its generated code is unchanged.
 */
export function legalSchema(schema: SchemaObject, isKnown: (keyword: string) => boolean): LegalSchema {
  const unknown: UnknownKeywordUse[] = [];
  const rebuilt = mapSchema(schema, (node, pointer) => {
    for (const keyword of Object.keys(node)) {
      if (isKnown(keyword) || keyword.startsWith('x-') || SILENT_ANNOTATIONS.has(keyword)) continue;
      unknown.push({ keyword, pointer: `${pointer}/${escapePointerToken(keyword)}` });
    }
    return nullableWithoutType(node);
  }) as SchemaObject;
  return { schema: rebuilt, unknown };
}

function nullableWithoutType(node: SchemaObject): SchemaObject {
  if (!Object.hasOwn(node, 'nullable') || Object.hasOwn(node, 'type')) return node;
  const { nullable, $id, ...rest } = node;
  const id: SchemaObject = $id === undefined ? {} : { $id };
  if (nullable !== true) return { ...id, ...rest };
  return { ...id, anyOf: [{ type: 'null' }, rest] };
}
