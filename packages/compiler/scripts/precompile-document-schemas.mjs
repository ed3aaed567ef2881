// @ts-check
/**
 * Build step after `tsc -b`: the parser's AsyncAPI document schemas as ajv standalone modules in
 * `dist/document-schemas/`, which `generate` uses instead of compiling them on every run
 * (src/load/document-schemas/precompile.ts says why and how). Run by `npm run build`:
 *
 *   node packages/compiler/scripts/precompile-document-schemas.mjs
 */
import { precompileDocumentSchemas } from '../dist/load/document-schemas/precompile.js';
import { PRECOMPILED_DOCUMENT_SCHEMAS } from '../dist/load/document-schemas/use-precompiled.js';

const started = performance.now();
const manifest = precompileDocumentSchemas(PRECOMPILED_DOCUMENT_SCHEMAS);
const versions = Object.keys(manifest.versions);
console.log(
  `precompiled the AsyncAPI document schemas of ${versions.length} versions (${versions.join(', ')}) in ${Math.round(performance.now() - started)} ms`,
);
