/**
 * The parser on its worker thread (the compiled `validation-worker.js`, as the CLI runs it) gives
 * the same diagnostics as the in-thread validation the other loader tests use: every golden file
 * of diagnostics.test.ts is checked again through the worker, byte for byte.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContractLoader } from '../../src/load/contract-loader.js';
import { WorkerValidator } from '../../src/load/worker-validator.js';
import { builtWorkerEntry, ensureBuilt } from '../generate/built-packages.js';
import { diagnosticLines, FIXTURES } from './load-fixture.js';

let validator: WorkerValidator;
let loader: ContractLoader;
beforeAll(() => {
  ensureBuilt();
  validator = new WorkerValidator(builtWorkerEntry);
  loader = new ContractLoader({ validator });
});
afterAll(() => loader.close());

const goldenCases = [
  'yaml-syntax',
  'missing-ref',
  'remote-ref',
  'invalid-asyncapi',
  'identity-errors',
  'unsupported-format',
  'unsupported-format-v2',
  'naming-errors',
  'invalid-ref',
  'no-such-file',
];

describe('parser validation on a worker thread', () => {
  it.each(goldenCases)('%s: the same diagnostics as the golden file', async (name) => {
    const result = await loader.load(`diagnostics/${name}.yaml`, { cwd: FIXTURES });
    const golden = await readFile(
      new URL(`./__snapshots__/diagnostics/${name}.txt`, import.meta.url),
      'utf8',
    );
    expect(result.contract).toBeUndefined();
    expect(`${diagnosticLines(result)}\n`).toBe(golden);
  });

  it('builds the same contract as in-thread validation, on one reused thread', async () => {
    const viaWorker = await loader.load('schemas/asyncapi.yaml', { cwd: FIXTURES });
    const thread = validator.threadId;
    const inThread = await new ContractLoader().load('schemas/asyncapi.yaml', { cwd: FIXTURES });
    expect(viaWorker.diagnostics).toEqual(inThread.diagnostics);
    expect(viaWorker.contract).toBeDefined();
    expect(JSON.stringify(viaWorker.contract)).toBe(JSON.stringify(inThread.contract));
    expect(viaWorker.timings.parseMs).toBeGreaterThan(0);

    await loader.load('diagnostics/invalid-asyncapi.yaml', { cwd: FIXTURES });
    expect(thread).toBeGreaterThan(0);
    expect(validator.threadId).toBe(thread);
  });

  it('fails a validation in flight when closed, and starts a new thread for the next one', async () => {
    const entry = `${FIXTURES}diagnostics/invalid-asyncapi.yaml`;
    const texts = new Map([[entry, await readFile(entry, 'utf8')]]);
    const first = validator.threadId;
    const cancelled = expect(validator.validate(entry, texts)).rejects.toThrow('validator was closed');
    await validator.close();
    await cancelled;
    expect(validator.threadId).toBeUndefined();
    const again = await validator.validate(entry, texts);
    expect(again.findings.map((f) => f.message)).toContain(
      '"info" property must have required property "version"',
    );
    expect(validator.threadId).not.toBe(first);
  });

  it('validates again on a worker without heap caps when the capped one runs out of memory', async () => {
    const entry = `${FIXTURES}diagnostics/invalid-asyncapi.yaml`;
    const texts = new Map([[entry, await readFile(entry, 'utf8')]]);
    // Far below what importing the parser needs: the first worker dies of it.
    const capped = new WorkerValidator(builtWorkerEntry, { maxOldGenerationSizeMb: 4 });
    try {
      const outcome = await capped.validate(entry, texts);
      expect(outcome.findings.map((f) => f.message)).toContain(
        '"info" property must have required property "version"',
      );
      const thread = capped.threadId;
      await capped.validate(entry, texts);
      expect(capped.threadId).toBe(thread);
    } finally {
      await capped.close();
    }
  });
});
