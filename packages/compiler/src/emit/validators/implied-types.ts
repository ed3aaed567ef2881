import { valueAt } from './schema-diagnostics.js';
import type { SchemaObject } from './schema-walk.js';

/**
 * Whether ajv's strictTypes warning `missing type "<type>" for keyword ... at "<id>#<pointer>"` is
 * about a schema that cannot see anything but `<type>`: a member of an `allOf` another member of
 * which requires that type, itself or through `$ref`s to named schemas. The common way to extend a
 * schema, `allOf: [{ properties: {...}, required: [...] }, { $ref: '#/.../Base' }]` with `Base` an
 * object, is legal JSON Schema and means what it says; ajv judges each member on its own and warns.
 * `named`: the compiled schema a `$ref` names, or undefined.
 */
export function typeImpliedBySibling(
  root: SchemaObject,
  pointer: string,
  type: string,
  named: (ref: string) => SchemaObject | undefined,
): boolean {
  const member = /^(.*)\/allOf\/(\d+)$/.exec(pointer);
  if (!member) return false;
  const allOf = valueAt(root, `${member[1]}/allOf`);
  if (!Array.isArray(allOf)) return false;
  const index = Number(member[2]);
  return allOf.some((sibling, i) => i !== index && requiresType(sibling, type, named, new Set()));
}

/** Every value `schema` accepts is of `type` (`integer` counts as `number`). */
function requiresType(
  schema: unknown,
  type: string,
  named: (ref: string) => SchemaObject | undefined,
  followed: Set<string>,
): boolean {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return false;
  const object = schema as SchemaObject;
  const types =
    typeof object.type === 'string' ? [object.type] : Array.isArray(object.type) ? object.type : [];
  const within = (t: unknown) => t === type || (type === 'number' && t === 'integer');
  if (types.length > 0 && types.every(within)) return true;
  const ref = object.$ref;
  if (typeof ref === 'string' && !followed.has(ref)) {
    followed.add(ref);
    if (requiresType(named(ref), type, named, followed)) return true;
  }
  return Array.isArray(object.allOf) && object.allOf.some((m) => requiresType(m, type, named, followed));
}
