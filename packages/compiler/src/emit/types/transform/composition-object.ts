/** `allOf` -> intersection, `oneOf`/`anyOf` -> union. `not` and `if`/`then`/`else` have no TypeScript form and are ignored. */
import type { JsonSchema } from '../../../ir/contract.js';
import { intersectionType, type TypeNode, unionType } from '../builder.js';
import { child, type TransformOptions } from '../context.js';
import { type SchemaObject, schemaListAt } from './schema-keywords.js';
import { transformSchemaObject } from './schema-object.js';

/**
 * One type per combinator present, in the order allOf, oneOf, anyOf; the caller intersects them.
 * `oneOf`'s "exactly one" cannot be expressed, so it reads like `anyOf`.
 */
export function transformCompositions(schema: SchemaObject, options: TransformOptions): TypeNode[] {
  const parts: TypeNode[] = [];
  const each = (keyword: string, list: JsonSchema[]) =>
    list.map((s, i) => transformSchemaObject(s, child(options, keyword, i)));
  const allOf = schemaListAt(schema, 'allOf');
  if (allOf) parts.push(intersectionType(each('allOf', allOf)));
  for (const keyword of ['oneOf', 'anyOf']) {
    const list = schemaListAt(schema, keyword);
    if (list) parts.push(unionType(each(keyword, list)));
  }
  return parts;
}
