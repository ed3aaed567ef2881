/**
 * Array schemas -> `T[]` or tuples. Tuples come from `prefixItems` (2020-12; `items` is then the
 * rest) or from an array-valued `items` (draft-07; `additionalItems` is the rest). The rest is
 * `...unknown[]` when unspecified, absent when `false`. Positions at or past `minItems` are
 * optional (`[A, B?]`), since JSON Schema tuples do not require their prefix to be present.
 */
import type { JsonSchema } from '../../../ir/contract.js';
import { arrayType, type TupleElement, type TypeNode, tupleType, unknownType } from '../builder.js';
import { child, type TransformOptions } from '../context.js';
import { type SchemaObject, schemaAt, schemaListAt } from './schema-keywords.js';
import { transformSchemaObject } from './schema-object.js';

export function transformArrayObject(schema: SchemaObject, options: TransformOptions): TypeNode {
  const prefixKeyword = Array.isArray(schema.prefixItems)
    ? 'prefixItems'
    : Array.isArray(schema.items)
      ? 'items'
      : undefined;
  if (prefixKeyword === undefined) {
    const items = schemaAt(schema, 'items');
    if (items === false) return tupleType([]);
    return arrayType(
      items === undefined ? unknownType() : transformSchemaObject(items, child(options, 'items')),
    );
  }
  const restKeyword = prefixKeyword === 'prefixItems' ? 'items' : 'additionalItems';
  const minItems = typeof schema.minItems === 'number' ? schema.minItems : 0;
  const elements: TupleElement[] = (schemaListAt(schema, prefixKeyword) ?? []).map((s, i) => ({
    type: transformSchemaObject(s, child(options, prefixKeyword, i)),
    optional: i >= minItems,
  }));
  const rest: JsonSchema | undefined = schemaAt(schema, restKeyword);
  if (rest === false) return tupleType(elements);
  return tupleType(
    elements,
    rest === undefined ? unknownType() : transformSchemaObject(rest, child(options, restKeyword)),
  );
}
