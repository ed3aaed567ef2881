import { createHash } from 'node:crypto';

/**
 * The index of precompiled document schemas (`manifest.json` beside the modules). A module is
 * used only when the ajv instance asking for it has the fingerprint it was built with and the
 * schema asked for hashes to the one it was built from; anything else compiles as before.
 */
export interface DocumentSchemaManifest {
  /** Bumped whenever the modules' shape or the way they are built changes. */
  format: typeof MANIFEST_FORMAT;
  /** `ajvFingerprint` of the instance the modules were compiled by. */
  ajv: string;
  versions: Record<string, { file: string } & Record<DocumentSchemaVariant, string>>;
}

export const MANIFEST_FORMAT = 1;

/** The parser checks a document twice: as written (`$ref`s in place) and with references resolved. */
export type DocumentSchemaVariant = 'resolved' | 'unresolved';

/** `$id`s the parser gives its copies of the AsyncAPI schema (`ruleset/functions/documentStructure.js`). */
const DOCUMENT_SCHEMA_ID =
  /^http:\/\/asyncapi\.com\/definitions\/(\d+\.\d+\.\d+)\/asyncapi-(resolved|unresolved)\.json$/;

export function documentSchemaOf(
  id: unknown,
): { version: string; variant: DocumentSchemaVariant } | undefined {
  const match = typeof id === 'string' ? DOCUMENT_SCHEMA_ID.exec(id) : null;
  return match ? { version: match[1] as string, variant: match[2] as DocumentSchemaVariant } : undefined;
}

export function schemaHash(schema: unknown): string {
  return createHash('sha256').update(JSON.stringify(schema)).digest('hex');
}
