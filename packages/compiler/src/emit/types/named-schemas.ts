/** One declaration per named schema: `export interface` for plain object schemas, else `export type`. */
import type { NamedSchema } from '../../ir/contract.js';
import { type Statement, typeDeclaration, unknownType } from './builder.js';
import { pointer, type TransformContext } from './context.js';
import { commentLines, joinBlocks, schemaDocParts } from './jsdoc.js';
import { transformSchemaObject } from './transform/schema-object.js';

export function namedSchemaDeclaration(
  named: NamedSchema,
  id: string,
  ctx: TransformContext,
  onDirectCycle: boolean,
): Statement {
  const { text, tags } = schemaDocParts(named.schema, id);
  const notes: string[][] = [];
  if (id !== named.name)
    notes.push(
      commentLines(
        `Schema \`${named.name}\` in the contract, renamed (name taken or not a valid type name).`,
      ),
    );
  if (onDirectCycle) {
    notes.push(['Typed `unknown`: the schema refers to itself through `$ref`/`allOf`/`oneOf`/`anyOf` only.']);
  }
  const doc = joinBlocks([...text, ...notes, tags]);
  const type = onDirectCycle
    ? unknownType()
    : transformSchemaObject(named.schema, { path: pointer('schemas', named.name, 'schema'), ctx });
  return typeDeclaration(id, type, doc);
}
