import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticContract, syntheticDocument } from './contract.js';
import { PRESETS, writeSyntheticContract } from './presets.js';
import type { JsonObject } from './registry.js';
import { verifyContract } from './verify.js';
import type { Json } from './yaml.js';
import { toYaml } from './yaml.js';

const document = syntheticDocument(PRESETS.large);
const components = document.components as { schemas: Record<string, JsonObject>; messages: JsonObject };
const payloadNames = Object.keys(components.schemas).filter((name) => name.endsWith('Payload'));

/** Deepest chain of inline `properties` (or `items.properties`) in `schema`; a `$ref` ends a chain. */
function inlineDepth(schema: Json): number {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return 0;
  let deepest = 0;
  const properties = schema.properties;
  if (properties !== undefined && properties !== null && typeof properties === 'object') {
    for (const child of Object.values(properties)) deepest = Math.max(deepest, 1 + inlineDepth(child));
  }
  if (schema.items !== undefined) deepest = Math.max(deepest, inlineDepth(schema.items));
  return deepest;
}

/** Names of the component schemas `schema` refers to directly. */
function refsOf(schema: Json, into = new Set<string>()): Set<string> {
  if (schema === null || typeof schema !== 'object') return into;
  if (Array.isArray(schema)) {
    for (const item of schema) refsOf(item, into);
    return into;
  }
  if (typeof schema.$ref === 'string') into.add(schema.$ref.replace('#/components/schemas/', ''));
  for (const child of Object.values(schema)) refsOf(child, into);
  return into;
}

describe('the large preset', () => {
  it('is the same bytes every time and leaves the standard shape alone', () => {
    expect(syntheticContract(PRESETS.large)).toBe(toYaml(document));
    expect(syntheticContract({ ...PRESETS.large, seed: 2 })).not.toBe(toYaml(document));
    // The 200-event contract's bytes are pinned by golden tests elsewhere; this hash catches a
    // change to the shared builders that moves them before those slower tests run.
    const standard = createHash('sha1').update(syntheticContract(PRESETS['standard-200'])).digest('hex');
    expect(standard).toBe('4673290d595109b51c1807bb9dc2933e31de2269');
  });

  it('has at least 150 events and 700 KB of schemas', () => {
    expect(Object.keys(components.messages).length).toBeGreaterThanOrEqual(150);
    expect(payloadNames.length).toBe(Object.keys(components.messages).length);
    const schemaBytes = Buffer.byteLength(toYaml(components.schemas));
    expect(schemaBytes).toBeGreaterThanOrEqual(700_000);
  });

  it('nests objects deeply inline and shares definitions across many events', () => {
    const depths = Object.values(components.schemas).map(inlineDepth);
    expect(Math.max(...depths)).toBeGreaterThanOrEqual(5);
    expect(depths.filter((depth) => depth >= 4).length).toBeGreaterThanOrEqual(20);
    const usage = new Map<string, number>();
    for (const name of payloadNames) {
      for (const ref of refsOf(components.schemas[name]!)) usage.set(ref, (usage.get(ref) ?? 0) + 1);
    }
    expect(usage.get('Account')).toBe(payloadNames.length);
    const widelyShared = [...usage.values()].filter((count) => count >= 10);
    expect(widelyShared.length).toBeGreaterThanOrEqual(12);
  });

  it('uses the constructs of vendor docs: descriptions, enums, patterns, formats, oneOf, allOf', () => {
    const text = toYaml(components.schemas);
    for (const construct of [
      'description: ',
      'enum: ',
      'pattern: ',
      'format: ',
      'oneOf:',
      'allOf:',
      'const: ',
    ]) {
      expect(text.split(construct).length - 1, construct).toBeGreaterThanOrEqual(20);
    }
  });

  it('is accepted by @asyncapi/parser with no errors or warnings, and its examples are valid', async () => {
    const report = await verifyContract(toYaml(document), { requireExamples: false });
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.messages).toBe(PRESETS.large.events);
    expect(report.exampleProblems).toEqual([]);
    expect(report.messagesWithExamples).toBeGreaterThanOrEqual(40);
  }, 180_000);

  describe('written to a folder and generated', () => {
    let dir: string;
    let close = async () => {};
    afterAll(async () => {
      await close();
      await rm(dir, { recursive: true, force: true });
    });

    it('gives the same file as the YAML text, and hookwright generates it without errors', async () => {
      dir = await mkdtemp(join(tmpdir(), 'hookwright-large-'));
      const file = await writeSyntheticContract(dir, 'large');
      expect(await readFile(file, 'utf8')).toBe(toYaml(document));
      // Imported here so that the structural tests above do not wait for the compiler to load.
      const { createGenerator } = await import('../../packages/compiler/src/generate/generator.js');
      const generator = createGenerator();
      close = () => generator.close();
      const result = await generator.generate(file);
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(result.contract?.events.length).toBe(PRESETS.large.events);
      const written = Object.keys(result.files ?? {});
      expect(written.filter((path) => path.endsWith('/package.json'))).toHaveLength(2);
    }, 300_000);
  });
});
