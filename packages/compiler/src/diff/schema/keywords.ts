/** Keywords that describe a schema without changing what it accepts. */
export const ANNOTATIONS = new Set([
  'title',
  'description',
  'examples',
  'example',
  'default',
  'deprecated',
  '$comment',
  'readOnly',
  'writeOnly',
  'discriminator',
  'contentMediaType',
  'contentEncoding',
]);

/** Lower bounds: several in one schema keep the largest (the tightest). */
export const LOWER_BOUNDS = new Set([
  'minimum',
  'exclusiveMinimum',
  'minLength',
  'minItems',
  'minProperties',
  'minContains',
]);

/** Upper bounds: several in one schema keep the smallest. */
export const UPPER_BOUNDS = new Set([
  'maximum',
  'exclusiveMaximum',
  'maxLength',
  'maxItems',
  'maxProperties',
  'maxContains',
]);

/** The kind of instance each type-specific keyword applies to. */
export const KEYWORD_KIND: Record<string, 'number' | 'string' | 'object' | 'array'> = {
  minimum: 'number',
  maximum: 'number',
  exclusiveMinimum: 'number',
  exclusiveMaximum: 'number',
  multipleOf: 'number',
  minLength: 'string',
  maxLength: 'string',
  pattern: 'string',
  format: 'string',
  minItems: 'array',
  maxItems: 'array',
  uniqueItems: 'array',
  items: 'array',
  additionalItems: 'array',
  prefixItems: 'array',
  contains: 'array',
  minProperties: 'object',
  maxProperties: 'object',
  required: 'object',
  properties: 'object',
  additionalProperties: 'object',
  patternProperties: 'object',
  propertyNames: 'object',
};

/** Keywords whose meaning depends on `properties`/`patternProperties` next to them. */
export const SIBLING_DEPENDENT = new Set([
  'additionalProperties',
  'patternProperties',
  'unevaluatedProperties',
  'unevaluatedItems',
]);
