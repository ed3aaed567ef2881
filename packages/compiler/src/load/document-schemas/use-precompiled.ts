import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileFunction } from 'node:vm';
import { brotliDecompressSync } from 'node:zlib';
import { ajvFingerprint } from './ajv-fingerprint.js';
import { type DocumentSchemaManifest, documentSchemaOf, MANIFEST_FORMAT, schemaHash } from './manifest.js';
import {
  type AjvLike,
  type AjvValidateFunction,
  spectralModules,
  wrapSpectralCompile,
} from './spectral-modules.js';

/** Where `npm run build` puts the modules (`scripts/precompile-document-schemas.mjs`), from src/ and dist/ alike. */
export const PRECOMPILED_DOCUMENT_SCHEMAS = fileURLToPath(
  new URL('../../../dist/document-schemas/', import.meta.url),
);

type Exports = Record<string, AjvValidateFunction>;

/**
 * Makes spectral's ajv answer the parser's AsyncAPI document schemas with the validators
 * `precompileDocumentSchemas` built, instead of compiling them (0.3-0.5 s for a 3.x document, on
 * every validation: spectral makes new ajv instances per document). Any other schema, a schema
 * that does not hash to the one a module was built from, or an instance whose fingerprint differs
 * (another ajv, other options) compiles as before, so the parser's findings are the same either way
 * (`test/load/document-schemas.test.ts` compares them).
 *
 * Installed once per thread and `dir`, on ajv's draft-07 class as spectral-functions loads it;
 * without a manifest in `dir` (a build that skipped the step) it installs nothing.
 *
 * @returns what takes it out again (tests compare with and without), or undefined when nothing
 *   was installed.
 */
export function usePrecompiledDocumentSchemas(dir = PRECOMPILED_DOCUMENT_SCHEMAS): (() => void) | undefined {
  const already = installed.get(dir);
  if (already) return already;
  const manifest = readManifest(dir);
  if (!manifest) return undefined;
  const modules = spectralModules();
  const hashes = new WeakMap<object, string>();
  const sameAjv = new WeakMap<AjvLike, boolean>();
  const loaded = new Map<string, Exports>();
  const remember = <K, V>(
    cache: { get(key: K): V | undefined; set(key: K, value: V): unknown },
    key: K,
    make: () => V,
  ) => {
    const known = cache.get(key);
    if (known !== undefined) return known;
    const value = make();
    cache.set(key, value);
    return value;
  };

  /** The precompiled validator for `schema`, when there is one and `ajv` would compile the same code. */
  const precompiledFor = (ajv: AjvLike, schema: unknown): AjvValidateFunction | undefined => {
    if (typeof schema !== 'object' || schema === null) return undefined;
    const found = documentSchemaOf((schema as { $id?: unknown }).$id);
    const entry = found && manifest.versions[found.version];
    if (!found || !entry) return undefined;
    if (remember(hashes, schema, () => schemaHash(schema)) !== entry[found.variant]) return undefined;
    if (!remember(sameAjv, ajv, () => ajvFingerprint(ajv, modules) === manifest.ajv)) return undefined;
    return remember(loaded, found.version, () => loadModuleOrNothing(dir, entry.file, modules.spectral))[
      found.variant
    ];
  };

  const restore = wrapSpectralCompile(
    (compile) =>
      function (this: AjvLike, schema: unknown, meta?: boolean): AjvValidateFunction {
        let precompiled: AjvValidateFunction | undefined;
        try {
          precompiled = precompiledFor(this, schema);
        } catch {
          // Whatever went wrong looking (a schema JSON cannot write, say), ajv compiling it is the answer.
        }
        return precompiled ?? compile.call(this, schema, meta);
      },
  );
  const uninstall = () => {
    restore();
    installed.delete(dir);
  };
  installed.set(dir, uninstall);
  return uninstall;
}

const installed = new Map<string, () => void>();

function readManifest(dir: string): DocumentSchemaManifest | undefined {
  let manifest: DocumentSchemaManifest;
  try {
    manifest = JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8')) as DocumentSchemaManifest;
  } catch {
    return undefined;
  }
  const usable =
    manifest?.format === MANIFEST_FORMAT &&
    typeof manifest.ajv === 'string' &&
    typeof manifest.versions === 'object' &&
    manifest.versions !== null;
  return usable ? manifest : undefined;
}

/**
 * A module that cannot be read or run (a damaged install) is no reason to fail a validation: the
 * schema is compiled as it would be without the build step.
 */
function loadModuleOrNothing(dir: string, file: string, require: NodeJS.Require): Exports {
  try {
    return loadModule(dir, file, require);
  } catch {
    return {};
  }
}

/** Runs a standalone module with spectral-functions' `require`: its ajv runtime and its formats. */
function loadModule(dir: string, file: string, require: NodeJS.Require): Exports {
  const code = brotliDecompressSync(readFileSync(`${dir}/${file}`)).toString('utf8');
  const module = { exports: {} as Exports };
  compileFunction(code, ['require', 'module', 'exports'], { filename: `${dir}/${file}` })(
    require,
    module,
    module.exports,
  );
  return module.exports;
}
