import type { SchemaDialect } from '../contract.js';

/** What the compiler accepts in `schemaFormat`, for messages that name it. */
export const SUPPORTED_SCHEMA_FORMATS =
  'an AsyncAPI schema format (application/vnd.aai.asyncapi;version=...), application/schema+json;version=draft-07 or application/schema+json;version=2020-12';

/**
 * The JSON Schema dialect a `schemaFormat` stands for, or undefined when it is not JSON Schema
 * (Avro, RAML, Protobuf, unknown). AsyncAPI schemas are a superset of draft-07; `+yaml`
 * variants name the same dialects written in YAML.
 */
export function dialectOfSchemaFormat(format: string): SchemaDialect | undefined {
  const normalized = format.replace(/\s+/g, '').toLowerCase();
  if (/^application\/vnd\.aai\.asyncapi(\+json|\+yaml)?(;version=[^;]+)?$/.test(normalized))
    return 'draft-07';
  const jsonSchema = /^application\/schema\+(json|yaml);version=(.+)$/.exec(normalized);
  if (jsonSchema?.[2] === 'draft-07') return 'draft-07';
  if (jsonSchema?.[2] === '2020-12') return '2020-12';
  return undefined;
}
