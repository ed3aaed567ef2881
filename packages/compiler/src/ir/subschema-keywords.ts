/**
 * Where JSON Schema (draft-07 and 2020-12) nests subschemas. Everything else in a schema is data
 * (`enum`, `const`, `default`, `examples`, `required`, ...) and is copied as written.
 */
export const SUBSCHEMA = new Set([
  'additionalItems',
  'additionalProperties',
  'contains',
  'contentSchema',
  'else',
  'if',
  'not',
  'propertyNames',
  'then',
  'unevaluatedItems',
  'unevaluatedProperties',
]);

/** Keywords holding an array of subschemas (`items` too when it is an array: draft-07 tuples). */
export const SUBSCHEMA_LIST = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);

/** Keywords holding a map of subschemas; the map's keys are data (property names), never stripped. */
export const SUBSCHEMA_MAP = new Set(['properties', 'patternProperties', 'dependentSchemas']);
