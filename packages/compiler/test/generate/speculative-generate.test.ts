/**
 * `generate` builds and emits before the parser runs (watch mode writes that output at once);
 * the parser's verdict decides what is kept. Build and emit are mocked here so that they can be
 * made to fail on purpose.
 */
import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Diagnostic, formatDiagnostic } from '../../src/diagnostics/diagnostic.js';
import { emitContract } from '../../src/generate/emit-contract.js';
import { createGenerator } from '../../src/generate/generator.js';
import { ContractLoader } from '../../src/load/contract-loader.js';
import { FIXTURES } from '../load/load-fixture.js';

/** Counts builds, and makes builds or emits throw: a bug met on a document the parser rejects. */
const hooks = vi.hoisted(() => ({
  builds: 0,
  failBuild: undefined as string | undefined,
  failEmit: undefined as string | undefined,
}));

vi.mock(import('../../src/ir/build/build-contract.js'), async (importOriginal) => {
  const real = await importOriginal();
  return {
    ...real,
    buildContract: (...args: Parameters<typeof real.buildContract>) => {
      hooks.builds++;
      if (hooks.failBuild) throw new Error(hooks.failBuild);
      return real.buildContract(...args);
    },
  };
});
vi.mock(import('../../src/generate/emit-contract.js'), async (importOriginal) => {
  const real = await importOriginal();
  return {
    ...real,
    emitContract: (...args: Parameters<typeof real.emitContract>) => {
      if (hooks.failEmit) throw new Error(hooks.failEmit);
      return real.emitContract(...args);
    },
  };
});

afterEach(() => {
  hooks.failBuild = undefined;
  hooks.failEmit = undefined;
});

const invalid = 'diagnostics/invalid-asyncapi.yaml';
const valid = 'json/asyncapi.json';
const golden = () =>
  readFile(new URL('../load/__snapshots__/diagnostics/invalid-asyncapi.txt', import.meta.url), 'utf8');
const lines = (result: { diagnostics: Diagnostic[] }) =>
  `${result.diagnostics.map(formatDiagnostic).join('\n')}\n`;
/** A new generator each time: one would hand back its last result for unchanged files. */
const generate = (file: string) => createGenerator().generate(file, { cwd: FIXTURES });

describe('generate: build and emit first, then the parser decides', () => {
  it('drops what was emitted from a document the parser rejects: its diagnostics alone', async () => {
    const before = hooks.builds;
    const run = await createGenerator().start(invalid, { cwd: FIXTURES });
    expect(hooks.builds).toBe(before + 1);
    // The emit found its own error, so there is no draft a watcher could write early.
    expect(run.draft).toBeUndefined();
    expect(lines(await run.settle())).toBe(await golden());

    // The provisional IR exists, and emitted on its own it has an error (minLength -1) that must not show.
    const pending = await new ContractLoader().start(invalid, { cwd: FIXTURES });
    expect(pending.contract).toBeDefined();
    expect(emitContract(pending.contract!).diagnostics.map((d) => d.code)).toContain('invalid-schema');
    expect((await pending.settle()).contract).toBeUndefined();

    const result = await generate(invalid);
    expect(lines(result)).toBe(await golden());
    expect(result.files).toBeUndefined();
    expect(result.contract).toBeUndefined();
    expect(result.timings.emitMs).toBeGreaterThan(0);
  });

  it('never surfaces a throw from the speculative build or emit when the parser has errors', async () => {
    hooks.failEmit = 'emitter bug';
    expect(lines(await generate(invalid))).toBe(await golden());
    hooks.failEmit = undefined;
    hooks.failBuild = 'builder bug';
    expect(lines(await generate(invalid))).toBe(await golden());
  });

  it('throws an emitter bug and reports a builder bug as before when the parser accepts the document', async () => {
    hooks.failEmit = 'emitter bug';
    await expect(generate(valid)).rejects.toThrow('emitter bug');
    hooks.failEmit = undefined;
    hooks.failBuild = 'builder bug';
    const result = await generate(valid);
    expect(result.files).toBeUndefined();
    expect(result.diagnostics.map((d) => d.code)).toEqual(['internal-error']);
    expect(result.diagnostics[0]?.message).toContain('found "builder bug"');
  });

  it('reports phase timings under the keys the benchmark reads, and reuses an unchanged run', async () => {
    const fresh = createGenerator();
    const first = await fresh.generate(valid, { cwd: FIXTURES });
    expect(first.files).toBeDefined();
    expect(Object.keys(first.timings)).toEqual(['parseMs', 'buildMs', 'emitMs', 'totalMs']);
    expect(first.timings.parseMs).toBeGreaterThan(0);
    expect(first.timings.parseMs).toBeLessThanOrEqual(first.timings.totalMs);
    expect(first.timings.emitMs).toBeGreaterThan(0);

    const second = await fresh.generate(valid, { cwd: FIXTURES });
    expect(second.files).toBe(first.files);
    expect(second.timings.totalMs).toBeLessThan(250);
  });

  it('hands out the output before the verdict, the same files the verdict keeps', async () => {
    const run = await createGenerator().start(valid, { cwd: FIXTURES });
    expect(run.draft?.files).toBeDefined();
    const result = await run.settle();
    expect(result.files).toBe(run.draft?.files);
    expect(result.contract).toBe(run.draft?.contract);
  });
});
