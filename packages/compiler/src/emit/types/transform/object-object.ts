/**
 * Object schemas -> object types: `properties` (required or optional, names exactly as written),
 * `required` names without a property schema (`unknown`), and one `[key: string]` index signature
 * for `additionalProperties` / `patternProperties` / `unevaluatedProperties`.
 */
import {
  type Member,
  neverType,
  objectType,
  type TypeNode,
  undefinedType,
  unionType,
  unknownType,
} from '../builder.js';
import { child, type TransformOptions } from '../context.js';
import { schemaDoc } from '../jsdoc.js';
import { type SchemaObject, schemaAt, schemaMapAt } from './schema-keywords.js';
import { transformSchemaObject } from './schema-object.js';

export function transformObjectObject(schema: SchemaObject, options: TransformOptions): TypeNode {
  return objectType(objectMembers(schema, options));
}

/** An object schema that says nothing about its members (`{ type: object }`). */
export function isBareObject(schema: SchemaObject): boolean {
  return (
    schema.type === 'object' &&
    !['properties', 'required', 'additionalProperties', 'patternProperties'].some((k) => k in schema) &&
    !(extraPropertiesKeyword(schema) === 'unevaluatedProperties' && 'unevaluatedProperties' in schema)
  );
}

function requiredNames(schema: SchemaObject): string[] {
  const { required } = schema;
  return Array.isArray(required)
    ? [...new Set(required.filter((r): r is string => typeof r === 'string'))]
    : [];
}

export function objectMembers(schema: SchemaObject, options: TransformOptions): Member[] {
  const required = requiredNames(schema);
  const properties = schemaMapAt(schema, 'properties');
  const members: Member[] = properties.map(([name, propSchema]) => ({
    kind: 'property',
    name,
    type: transformSchemaObject(propSchema, child(options, 'properties', name)),
    optional: !required.includes(name),
    doc: schemaDoc(propSchema),
  }));
  const declared = new Set(properties.map(([name]) => name));
  for (const name of required) {
    if (!declared.has(name)) members.push({ kind: 'property', name, type: unknownType(), optional: false });
  }
  const index = indexSignatureType(schema, members, options);
  if (index) members.push({ kind: 'index', type: index });
  return members;
}

/**
 * The index signature's value type, or undefined for none.
 *
 * - `additionalProperties` (else `unevaluatedProperties`, see `extraPropertiesKeyword`) `false`: closed, no signature — except
 *   that a closed object with no members at all is `{ [key: string]: never }`, the empty object;
 * - a schema there, and every `patternProperties` schema (patterns cannot be expressed, so the
 *   signature covers every key), contribute their types;
 * - `patternProperties` without `additionalProperties`: keys that match no pattern take any
 *   value, so the signature is `unknown` (wider than the schema, never narrower);
 * - neither keyword: no signature (exact types; extra keys are tolerated at run time but not
 *   typed) unless the object declares nothing at all, then `{ [key: string]: unknown }` rather
 *   than `{}` (which would accept strings and numbers), or only optional properties: TypeScript
 *   refuses a value that shares none of a "weak" type's properties (`{ theme?: string }` would
 *   refuse `{ beta: true }`, which the schema accepts), so such an object gets
 *   `[key: string]: unknown` too.
 *
 * TypeScript requires every declared property to be assignable to the signature, so their types
 * (and `undefined` when one is optional) join the union.
 */
function indexSignatureType(
  schema: SchemaObject,
  members: readonly Member[],
  options: TransformOptions,
): TypeNode | undefined {
  const keyword = extraPropertiesKeyword(schema);
  const additional = keyword === undefined ? undefined : schemaAt(schema, keyword);
  const patterns = schemaMapAt(schema, 'patternProperties');
  const valueTypes = patterns.map(([pattern, s]) =>
    transformSchemaObject(s, child(options, 'patternProperties', pattern)),
  );
  if (keyword !== undefined && additional !== undefined && additional !== false) {
    valueTypes.unshift(transformSchemaObject(additional, child(options, keyword)));
  }
  if (patterns.length > 0 && additional === undefined) valueTypes.push(unknownType());
  if (valueTypes.length === 0) {
    const weak = members.length > 0 && members.every((m) => m.kind === 'property' && m.optional);
    if (members.length > 0 && !(weak && additional === undefined)) return undefined;
    return additional === false ? neverType() : unknownType();
  }
  const propertyTypes = members.flatMap((m) =>
    m.kind === 'property' ? (m.optional ? [m.type, undefinedType()] : [m.type]) : [],
  );
  return unionType([...valueTypes, ...propertyTypes]);
}

/**
 * `additionalProperties` when present. `unevaluatedProperties` only when no `$ref` or combinator
 * sits beside it: it also sees the properties those declare, which an index signature on this
 * object alone could not (it would make their properties `never`).
 */
function extraPropertiesKeyword(schema: SchemaObject): string | undefined {
  if ('additionalProperties' in schema) return 'additionalProperties';
  const composed = ['$ref', 'allOf', 'oneOf', 'anyOf'].some((k) => k in schema);
  return composed ? undefined : 'unevaluatedProperties';
}
