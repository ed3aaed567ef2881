import { SUBSCHEMA, SUBSCHEMA_LIST, SUBSCHEMA_MAP } from '../subschema-keywords.js';

export { SUBSCHEMA, SUBSCHEMA_LIST, SUBSCHEMA_MAP };

/**
 * Dropped from every schema. `x-*` and `externalDocs` are AsyncAPI annotations ajv would reject in
 * strict mode. `$id` and `$schema` would change how the rewritten `#/schemas/...` references
 * resolve; the dialect is recorded on the event instead. `definitions`/`$defs` are dropped
 * because every reference into them became a named schema.
 */
export function isStrippedKeyword(keyword: string, value: unknown): boolean {
  if (keyword.startsWith('x-')) return true;
  if (keyword === 'discriminator') return typeof value === 'string';
  return ['externalDocs', '$id', '$schema', 'definitions', '$defs'].includes(keyword);
}

/** Keywords that can sit at the top of a schema file, so they are never read as schema names. */
export function isSchemaKeyword(key: string): boolean {
  return (
    SUBSCHEMA.has(key) ||
    SUBSCHEMA_LIST.has(key) ||
    SUBSCHEMA_MAP.has(key) ||
    [
      'type',
      'items',
      'enum',
      'const',
      'required',
      'title',
      'description',
      'format',
      '$schema',
      '$id',
    ].includes(key)
  );
}
