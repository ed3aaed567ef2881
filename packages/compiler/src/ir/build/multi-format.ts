import { isPlainObject } from '../../load/json-pointer.js';

/**
 * A 3.x Multi Format Schema Object: `{ schemaFormat, schema }`. Plain JSON Schema has no
 * `schemaFormat` keyword, so both keys together are unambiguous.
 */
export function isMultiFormat(value: unknown): value is { schemaFormat: unknown; schema: unknown } {
  return isPlainObject(value) && 'schemaFormat' in value && 'schema' in value;
}
