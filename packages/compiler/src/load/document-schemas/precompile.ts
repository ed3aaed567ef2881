import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { ajvFingerprint } from './ajv-fingerprint.js';
import { type DocumentSchemaManifest, MANIFEST_FORMAT, schemaHash } from './manifest.js';
import {
  type AjvLike,
  type AjvValidateFunction,
  spectralModules,
  wrapSpectralCompile,
} from './spectral-modules.js';

type AsyncApiFormat = (document: unknown) => boolean;
type GetSchema = (formats: Set<AsyncApiFormat>, resolved: boolean) => { $id: string } | undefined;
type StandaloneCode = (ajv: AjvLike, exports: Record<string, string>) => string;

/**
 * Build step (`npm run build`): compiles the parser's AsyncAPI document schemas, every AsyncAPI
 * version it knows, to ajv standalone modules, so that a `generate` does not compile them again.
 * The parser compiles both variants of its version's schema on every validation, 0.3-0.5 s for
 * 3.x documents (docs/loading.md, "fifth pass").
 *
 * The schemas are the parser's own (`getSchema` of its document-structure rule) and the compiling
 * instance is spectral's own (`createAjvInstances`, the all-errors instance it validates documents
 * with), told to keep its generated source: the same code, only kept. Each version's module holds
 * both variants, compiled in the order the parser compiles them (resolved first), brotli-compressed
 * (3.x: about 1.1 MB of JavaScript per variant, 67-70 KB per version's module compressed).
 *
 * @returns the manifest written to `outDir/manifest.json`.
 */
export function precompileDocumentSchemas(outDir: string): DocumentSchemaManifest {
  const modules = spectralModules();
  const { getSchema } = modules.parser('./ruleset/functions/documentStructure.js') as {
    getSchema: GetSchema;
  };
  const { AsyncAPIFormats } = modules.parser('./ruleset/formats.js') as {
    AsyncAPIFormats: Map<string, AsyncApiFormat>;
  };
  const standaloneCode = (modules.spectral('ajv/dist/standalone') as { default: StandaloneCode }).default;

  mkdirSync(outDir, { recursive: true });
  let fingerprint: string | undefined;
  const versions: DocumentSchemaManifest['versions'] = {};
  for (const [version, format] of [...AsyncAPIFormats].sort(([a], [b]) => a.localeCompare(b))) {
    const resolved = getSchema(new Set([format]), true);
    const unresolved = getSchema(new Set([format]), false);
    if (!resolved || !unresolved)
      throw new Error(`@asyncapi/parser has no document schema for AsyncAPI ${version}`);
    const ajv = spectralDocumentAjv();
    const built = ajvFingerprint(ajv, modules);
    if (fingerprint !== undefined && built !== fingerprint)
      throw new Error('spectral ajv instances differ between versions');
    fingerprint = built;
    ajv.compile(resolved);
    ajv.compile(unresolved);
    const code = standaloneCode(ajv, { resolved: resolved.$id, unresolved: unresolved.$id });
    const file = `${version}.cjs.br`;
    writeFileSync(
      join(outDir, file),
      brotliCompressSync(code, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: code.length },
      }),
    );
    versions[version] = { file, resolved: schemaHash(resolved), unresolved: schemaHash(unresolved) };
  }
  if (fingerprint === undefined) throw new Error('@asyncapi/parser lists no AsyncAPI versions');
  const manifest: DocumentSchemaManifest = { format: MANIFEST_FORMAT, ajv: fingerprint, versions };
  writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/**
 * The instance spectral's `schema` function validates AsyncAPI documents with: draft-07 ajv, all
 * errors, its formats, keywords and meta-schemas, told to keep the source of what it compiles
 * (before the first compile: that one compiles the draft-07 meta-schema the document schemas refer
 * to). spectral hands out its instances only through a compile, so one is caught there (a
 * throwaway schema) and the class's `compile` put back.
 */
export function spectralDocumentAjv(): AjvLike {
  const { createAjvInstances } = spectralModules().spectral('./schema/ajv.js') as {
    createAjvInstances(): (schema: object, dialect: string, allErrors: boolean) => AjvValidateFunction;
  };
  let caught: AjvLike | undefined;
  const restore = wrapSpectralCompile(
    (compile) =>
      function (this: AjvLike, schema: unknown, meta?: boolean) {
        caught = this;
        this.opts.code.source = true;
        return compile.call(this, schema, meta);
      },
  );
  try {
    createAjvInstances()({ $id: 'urn:hookwright:probe', type: 'string' }, 'draft7', true);
  } finally {
    restore();
  }
  if (!caught) throw new Error('spectral-functions did not compile through ajv');
  return caught;
}
