import type { SchemaDialect } from '../contract.js';

/** What the compiler accepts in `schemaFormat`, for messages that name it. */
export const SUPPORTED_SCHEMA_FORMATS =
  'an AsyncAPI schema format (application/vnd.aai.asyncapi;version=...), an OpenAPI 3.0 or 3.1 one (application/vnd.oai.openapi;version=3.0.0), application/schema+json;version=draft-07 or application/schema+json;version=2020-12';

const OPENAPI = /^application\/vnd\.oai\.openapi(\+json|\+yaml)?(;version=(3\.[01])(\.\d+)?)?$/;

function normalized(format: string): string {
  return format.replace(/\s+/g, '').toLowerCase();
}

/**
 * Whether a `schemaFormat` names an OpenAPI Schema Object (3.0 or 3.1), which the collector turns
 * into plain JSON Schema as it rebuilds the schema (openapi-schema.ts). A format without a
 * version is 3.0, the version the AsyncAPI specification's examples give it.
 */
export function isOpenApiSchemaFormat(format: unknown): boolean {
  return typeof format === 'string' && OPENAPI.test(normalized(format));
}

/**
 * The JSON Schema dialect a `schemaFormat` stands for, or undefined when it is not JSON Schema
 * (Avro, RAML, Protobuf, unknown). AsyncAPI schemas are a superset of draft-07; OpenAPI 3.0's
 * Schema Object becomes draft-07 once converted (`isOpenApiSchemaFormat`), and 3.1's 2020-12;
 * `+yaml` variants name the same dialects written in YAML.
 */
export function dialectOfSchemaFormat(format: string): SchemaDialect | undefined {
  const written = normalized(format);
  if (/^application\/vnd\.aai\.asyncapi(\+json|\+yaml)?(;version=[^;]+)?$/.test(written)) return 'draft-07';
  const openApi = OPENAPI.exec(written);
  if (openApi) return openApi[3] === '3.1' ? '2020-12' : 'draft-07';
  const jsonSchema = /^application\/schema\+(json|yaml);version=(.+)$/.exec(written);
  if (jsonSchema?.[2] === 'draft-07') return 'draft-07';
  if (jsonSchema?.[2] === '2020-12') return '2020-12';
  return undefined;
}
