/**
 * The parser's AsyncAPI document schemas precompiled by the build (src/load/document-schemas/)
 * must answer exactly as the validators ajv compiles at run time: same verdict, same errors, and
 * through the parser the same findings. Checked on every AsyncAPI document in this repository
 * (examples, fixtures: 2.6, 3.0 and 3.1) and on seeded random mutations of them, which break
 * them in the ways people do (missing and misspelled fields, wrong types, stray `$ref`s, bad URIs).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Parser as ParserType } from '@asyncapi/parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { DocumentSchemaManifest } from '../../src/load/document-schemas/manifest.js';
import { precompileDocumentSchemas } from '../../src/load/document-schemas/precompile.js';
import {
  type AjvValidateFunction,
  spectralAjvClass,
  spectralModules,
} from '../../src/load/document-schemas/spectral-modules.js';
import { usePrecompiledDocumentSchemas } from '../../src/load/document-schemas/use-precompiled.js';
import { repo } from '../generate/built-packages.js';
import { mutations } from './document-mutations.js';

type Assign = (schema: object, dialect: string, allErrors: boolean) => AjvValidateFunction;
type GetSchema = (formats: Set<unknown>, resolved: boolean) => object;

const modules = spectralModules();
const { getSchema } = modules.parser('./ruleset/functions/documentStructure.js') as { getSchema: GetSchema };
const { AsyncAPIFormats } = modules.parser('./ruleset/formats.js') as {
  AsyncAPIFormats: Map<string, unknown>;
};
const { createAjvInstances } = modules.spectral('./schema/ajv.js') as { createAjvInstances(): Assign };
const { Parser } = modules.parser('@asyncapi/parser') as { Parser: typeof ParserType };

/** Every AsyncAPI document of the repository, with its path and AsyncAPI version. */
const corpus = [join(repo, 'examples'), join(repo, 'packages/compiler/test/fixtures')]
  .flatMap((dir) =>
    readdirSync(dir, { recursive: true, withFileTypes: true }).map((e) => join(e.parentPath, e.name)),
  )
  .filter((path) => /\.(ya?ml|json)$/.test(path) && !path.includes('node_modules'))
  .flatMap((path) => {
    const text = readFileSync(path, 'utf8');
    let document: unknown;
    try {
      document = parseYaml(text);
    } catch {
      return [];
    }
    const version = (document as { asyncapi?: unknown } | null)?.asyncapi;
    return typeof version === 'string' && AsyncAPIFormats.has(version)
      ? [{ path, text, document, version }]
      : [];
  })
  .sort((a, b) => a.path.localeCompare(b.path));

/** A validator as spectral gets it: from a fresh set of instances, as in every parser run. */
function spectralValidator(version: string, resolved: boolean): AjvValidateFunction {
  return createAjvInstances()(getSchema(new Set([AsyncAPIFormats.get(version)]), resolved), 'draft7', true);
}

const precompiled = (validate: AjvValidateFunction) => !('schemaEnv' in validate);

let dir: string;
let manifest: DocumentSchemaManifest;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hw-document-schemas-'));
  manifest = precompileDocumentSchemas(dir);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('precompiled AsyncAPI document schemas', () => {
  it('cover every AsyncAPI version the parser knows, and the corpus has documents of each major', () => {
    expect(Object.keys(manifest.versions).sort()).toEqual([...AsyncAPIFormats.keys()].sort());
    expect(new Set(corpus.map((c) => c.version))).toEqual(new Set(['2.6.0', '3.0.0', '3.1.0']));
    expect(corpus.length).toBeGreaterThan(30);
  });

  it('answer every document and mutation as ajv compiled at run time does', () => {
    const keywords = new Set<string>();
    let checked = 0;
    for (const version of [...AsyncAPIFormats.keys()]) {
      // Documents of the same major serve the minor versions the repository has none of.
      const sources = corpus.filter((c) => c.version[0] === version[0]);
      for (const resolved of [true, false]) {
        const compiled = spectralValidator(version, resolved);
        const uninstall = usePrecompiledDocumentSchemas(dir);
        const built = spectralValidator(version, resolved);
        uninstall?.();
        expect(precompiled(compiled)).toBe(false);
        expect(precompiled(built)).toBe(true);
        for (const [index, source] of sources.entries()) {
          const document = { ...(source.document as object), asyncapi: version };
          for (const variant of [document, ...mutations(document, 20, index + 1)]) {
            const expected = { valid: compiled(variant), errors: compiled.errors };
            expect({ valid: built(variant), errors: built.errors }, relative(repo, source.path)).toEqual(
              expected,
            );
            for (const error of (expected.errors ?? []) as { keyword: string }[]) keywords.add(error.keyword);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(5000);
    // The mutations reach the schemas' main kinds of check.
    for (const keyword of [
      'required',
      'type',
      'additionalProperties',
      'oneOf',
      'format',
      'const',
      'pattern',
    ]) {
      expect(keywords).toContain(keyword);
    }
  });

  it('give the parser the same findings, on the corpus and on mutated documents', async () => {
    const findingsOf = async (text: string, source: string) =>
      (await new Parser({ ruleset: { recommended: false } }).validate(text, { source })).map((d) => ({
        code: d.code,
        message: d.message,
        path: d.path,
        severity: d.severity,
        range: d.range,
      }));
    const cases = corpus.flatMap((c, index) => [
      { source: c.path, text: c.text },
      ...mutations(c.document as object, 1, 1000 + index).map((m) => ({
        source: c.path,
        text: JSON.stringify(m, null, 2),
      })),
    ]);
    const expected = [];
    for (const { source, text } of cases) expected.push(await findingsOf(text, source));
    const uninstall = usePrecompiledDocumentSchemas(dir);
    try {
      for (const [index, { source, text }] of cases.entries()) {
        expect(await findingsOf(text, source), relative(repo, source)).toEqual(expected[index]);
      }
    } finally {
      uninstall?.();
    }
    expect(expected.filter((findings) => findings.some((f) => f.severity === 0)).length).toBeGreaterThan(
      cases.length / 3,
    );
  }, 120_000);

  it('leave other schemas, changed schemas and other ajv set-ups to ajv', () => {
    const uninstall = usePrecompiledDocumentSchemas(dir);
    try {
      const schema = getSchema(new Set([AsyncAPIFormats.get('3.0.0')]), true) as Record<string, unknown>;
      const assign = createAjvInstances();
      expect(precompiled(assign(schema, 'draft7', true))).toBe(true);
      // Same $id, one more keyword: compiled from the schema given.
      const changed = { ...schema, $id: String(schema.$id), minProperties: 1 };
      const validate = createAjvInstances()(changed, 'draft7', true);
      expect(precompiled(validate)).toBe(false);
      expect(validate({})).toBe(false);
      // Spectral's instance without allErrors: another fingerprint.
      expect(precompiled(createAjvInstances()(schema, 'draft7', false))).toBe(false);
      expect(
        precompiled(
          createAjvInstances()({ $id: 'https://example.com/other.json', type: 'string' }, 'draft7', true),
        ),
      ).toBe(false);
      // A document schema's $id on a schema JSON cannot write: ajv's own answer, not the hook's error.
      const unwritable = { $id: String(schema.$id), description: 10n };
      expect(() => createAjvInstances()(unwritable, 'draft7', true)).toThrow(/schema is invalid/);
    } finally {
      uninstall?.();
    }
    expect(Object.hasOwn(spectralAjvClass().prototype, 'compile')).toBe(false);
  });

  it('compile as before when a module is damaged, and install nothing from a damaged manifest', () => {
    const damaged = mkdtempSync(join(tmpdir(), 'hw-document-schemas-damaged-'));
    try {
      cpSync(dir, damaged, { recursive: true });
      writeFileSync(join(damaged, manifest.versions['3.0.0']?.file ?? ''), 'not brotli');
      const uninstall = usePrecompiledDocumentSchemas(damaged);
      try {
        const validate = spectralValidator('3.0.0', true);
        expect(precompiled(validate)).toBe(false);
        expect(validate({ asyncapi: '3.0.0' })).toBe(false);
        expect(precompiled(spectralValidator('2.6.0', true))).toBe(true);
      } finally {
        uninstall?.();
      }
      writeFileSync(join(damaged, 'manifest.json'), '{"format":1}');
      expect(usePrecompiledDocumentSchemas(damaged)).toBeUndefined();
    } finally {
      rmSync(damaged, { recursive: true, force: true });
    }
  });

  it('install nothing without a manifest, and once per folder', () => {
    expect(usePrecompiledDocumentSchemas(join(dir, 'missing'))).toBeUndefined();
    const uninstall = usePrecompiledDocumentSchemas(dir);
    expect(usePrecompiledDocumentSchemas(dir)).toBe(uninstall);
    uninstall?.();
    expect(Object.hasOwn(spectralAjvClass().prototype, 'compile')).toBe(false);
  });
});
