/** `$ref` -> a reference to the declared type of the named schema (how recursion stays finite). */
import { type TypeNode, typeRef, unknownType } from '../builder.js';
import { resolveSchemaRef, type TransformOptions } from '../context.js';

/**
 * Only `#/schemas/<Name>` references survive into the IR; any other (the loader resolves them
 * away) is typed `unknown` rather than guessed at, so the output still compiles.
 */
export function transformRefObject(ref: string, options: TransformOptions): TypeNode {
  const id = resolveSchemaRef(ref, options);
  return id === undefined ? unknownType() : typeRef(id);
}
