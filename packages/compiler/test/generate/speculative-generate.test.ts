/**
 * `generate` builds and emits while the parser validates; the parser's verdict decides what is
 * kept. These run the in-thread validator (sources), which goes through the same speculative
 * path as the worker; dist-cli.test.ts covers the worker thread itself.
 */
import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDiagnostic } from '../../src/diagnostics/diagnostic.js';
import { emitContract } from '../../src/generate/emit-contract.js';
import { createGenerator } from '../../src/generate/generator.js';
import { ContractLoader } from '../../src/load/contract-loader.js';
import { FIXTURES } from '../load/load-fixture.js';

/** Makes the next builds or emits throw, standing in for a bug met on a document the parser rejects. */
const failure = vi.hoisted(() => ({
  build: undefined as string | undefined,
  emit: undefined as string | undefined,
}));

vi.mock(import('../../src/ir/build/build-contract.js'), async (importOriginal) => {
  const real = await importOriginal();
  return {
    ...real,
    buildContract: (...args: Parameters<typeof real.buildContract>) => {
      if (failure.build) throw new Error(failure.build);
      return real.buildContract(...args);
    },
  };
});
vi.mock(import('../../src/generate/emit-contract.js'), async (importOriginal) => {
  const real = await importOriginal();
  return {
    ...real,
    emitContract: (...args: Parameters<typeof real.emitContract>) => {
      if (failure.emit) throw new Error(failure.emit);
      return real.emitContract(...args);
    },
  };
});

afterEach(() => {
  failure.build = undefined;
  failure.emit = undefined;
});

const invalid = 'diagnostics/invalid-asyncapi.yaml';
const valid = 'json/asyncapi.json';
const golden = () =>
  readFile(new URL('../load/__snapshots__/diagnostics/invalid-asyncapi.txt', import.meta.url), 'utf8');
const lines = (result: { diagnostics: Parameters<typeof formatDiagnostic>[0][] }) =>
  `${result.diagnostics.map(formatDiagnostic).join('\n')}\n`;

describe('generate while the parser validates', () => {
  it('drops what was emitted from a document the parser rejects: its diagnostics alone', async () => {
    // Emitted on its own, this IR has an error of its own (minLength -1) that must not show.
    const pending = await new ContractLoader().start(invalid, { cwd: FIXTURES });
    expect(pending.contract).toBeDefined();
    const emittedAlone = emitContract(pending.contract!);
    expect(emittedAlone.diagnostics.map((d) => d.code)).toContain('invalid-schema');
    await pending.settle();

    const result = await createGenerator().generate(invalid, { cwd: FIXTURES });
    expect(lines(result)).toBe(await golden());
    expect(result.files).toBeUndefined();
    expect(result.contract).toBeUndefined();
    expect(result.timings.emitMs).toBeGreaterThan(0);
  });

  it('never surfaces a throw from the speculative build or emit when the parser has errors', async () => {
    failure.emit = 'emitter bug';
    expect(lines(await createGenerator().generate(invalid, { cwd: FIXTURES }))).toBe(await golden());
    failure.emit = undefined;
    failure.build = 'builder bug';
    expect(lines(await createGenerator().generate(invalid, { cwd: FIXTURES }))).toBe(await golden());
  });

  it('throws an emitter bug and reports a builder bug as before when the parser accepts the document', async () => {
    failure.emit = 'emitter bug';
    await expect(createGenerator().generate(valid, { cwd: FIXTURES })).rejects.toThrow('emitter bug');
    failure.emit = undefined;
    failure.build = 'builder bug';
    const result = await createGenerator().generate(valid, { cwd: FIXTURES });
    expect(result.files).toBeUndefined();
    expect(result.diagnostics.map((d) => d.code)).toEqual(['internal-error']);
    expect(result.diagnostics[0]?.message).toContain('found "builder bug"');
  });

  it('reports phase timings under the keys the benchmark reads, and reuses an unchanged run', async () => {
    const generator = createGenerator();
    const first = await generator.generate(valid, { cwd: FIXTURES });
    expect(first.files).toBeDefined();
    expect(Object.keys(first.timings)).toEqual(['parseMs', 'buildMs', 'emitMs', 'totalMs']);
    expect(first.timings.parseMs).toBeGreaterThan(0);
    expect(first.timings.parseMs).toBeLessThanOrEqual(first.timings.totalMs);
    expect(first.timings.emitMs).toBeGreaterThan(0);

    const second = await generator.generate(valid, { cwd: FIXTURES });
    expect(second.files).toBe(first.files);
    expect(second.timings.totalMs).toBeLessThan(250);
    await generator.close();
  });
});
