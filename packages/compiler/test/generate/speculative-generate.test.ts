/**
 * `generate` builds and emits while the parser validates on its worker thread (the compiled
 * `validation-worker.js`); the parser's verdict decides what is kept. Build and emit run here, in
 * this thread, from sources, so they can be made to fail on purpose.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Diagnostic, formatDiagnostic } from '../../src/diagnostics/diagnostic.js';
import { emitContract } from '../../src/generate/emit-contract.js';
import { createGenerator } from '../../src/generate/generator.js';
import { ContractLoader } from '../../src/load/contract-loader.js';
import { InProcessValidator } from '../../src/load/parser-validator.js';
import { WorkerValidator } from '../../src/load/worker-validator.js';
import { FIXTURES } from '../load/load-fixture.js';
import { builtWorkerEntry, ensureBuilt } from './built-packages.js';

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

/** One parser thread for the file: each generator would otherwise start (and warm) its own. */
let validator: WorkerValidator;
beforeAll(() => {
  ensureBuilt();
  validator = new WorkerValidator(builtWorkerEntry);
});
afterAll(() => validator.close());
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
const generate = (file: string) => createGenerator({ validator }).generate(file, { cwd: FIXTURES });

describe('generate while the parser validates on a worker thread', () => {
  it('drops what was emitted from a document the parser rejects: its diagnostics alone', async () => {
    const run = await createGenerator({ validator }).start(invalid, { cwd: FIXTURES });
    // The emit found its own error, so there is no draft a watcher could write early.
    expect(run.draft).toBeUndefined();
    expect(lines(await run.settle())).toBe(await golden());

    // The provisional IR exists, and emitted on its own it has an error (minLength -1) that must not show.
    const pending = await new ContractLoader({ validator }).start(invalid, { cwd: FIXTURES });
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
    const generator = createGenerator({ validator });
    const first = await generator.generate(valid, { cwd: FIXTURES });
    expect(first.files).toBeDefined();
    expect(Object.keys(first.timings)).toEqual(['parseMs', 'buildMs', 'emitMs', 'totalMs']);
    expect(first.timings.parseMs).toBeGreaterThan(0);
    expect(first.timings.parseMs).toBeLessThanOrEqual(first.timings.totalMs);
    expect(first.timings.emitMs).toBeGreaterThan(0);

    const second = await generator.generate(valid, { cwd: FIXTURES });
    expect(second.files).toBe(first.files);
    expect(second.timings.totalMs).toBeLessThan(250);
  });

  it('hands out the output before the verdict, the same files the verdict keeps', async () => {
    const run = await createGenerator({ validator }).start(valid, { cwd: FIXTURES });
    expect(run.draft?.files).toBeDefined();
    const result = await run.settle();
    expect(result.files).toBe(run.draft?.files);
    expect(result.contract).toBe(run.draft?.contract);
  });
});

describe('generate with the parser started on settle (watch mode)', () => {
  /** The worker's validator, noting when the parser is asked to validate. */
  const noting = (calls: string[]) => ({
    warm: () => validator.warm(),
    close: () => validator.close(),
    validate: (...args: Parameters<WorkerValidator['validate']>) => {
      calls.push('validate');
      return validator.validate(...args);
    },
  });

  it('emits with the parser idle, and drops the output of a document it then rejects', async () => {
    const calls: string[] = [];
    const generator = createGenerator({ validator: noting(calls) });
    const accepted = await generator.start(valid, { cwd: FIXTURES }, { validateOnSettle: true });
    expect(accepted.draft?.files).toBeDefined();
    expect(calls).toEqual([]);
    expect((await accepted.settle()).files).toBe(accepted.draft?.files);
    expect(calls).toEqual(['validate']);

    const rejected = await generator.start(invalid, { cwd: FIXTURES }, { validateOnSettle: true });
    expect(calls).toEqual(['validate']);
    const result = await rejected.settle();
    expect(calls).toEqual(['validate', 'validate']);
    expect(lines(result)).toBe(await golden());
    expect(result.files).toBeUndefined();
  });
});

describe('generate with in-thread validation', () => {
  it('builds and emits first, then the parser decides: its diagnostics alone', async () => {
    const generator = createGenerator({ validator: new InProcessValidator() });
    const before = hooks.builds;
    const result = await generator.generate(invalid, { cwd: FIXTURES });
    expect(lines(result)).toBe(await golden());
    expect(result.files).toBeUndefined();
    expect(hooks.builds).toBe(before + 1);
    expect(result.timings.emitMs).toBeGreaterThan(0);
  });
});
