import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lastJsonLine, processUsage, runNodeTimed } from './spawn-timed.js';
import { parseVariant } from './variants.js';

describe('lastJsonLine', () => {
  it('reads the last JSON object line of stderr, keeping numbers only', () => {
    const stderr = [
      'a.yaml:3:1 warning W1 {not json}',
      '{"parseMs":10}',
      'wrote 4 files',
      '{"parseMs":1200.5,"totalMs":1500,"note":"x"}',
      'peak-rss {"maxRssKb":1234,"cpuMs":5}',
      '',
    ].join('\n');
    expect(lastJsonLine(stderr)).toEqual({ parseMs: 1200.5, totalMs: 1500 });
    expect(lastJsonLine('no timings here\n{broken')).toBeUndefined();
  });
});

describe('processUsage', () => {
  it('reads the line peak-rss.mjs writes, and nothing else', () => {
    const stderr = 'wrote 3 files\npeak-rss {"maxRssKb":204800,"cpuMs":950}\n';
    expect(processUsage(stderr)).toEqual({ peakRssKb: 204800, cpuMs: 950 });
    expect(processUsage('{"maxRssKb":204800,"cpuMs":950}\n')).toBeUndefined();
    expect(processUsage('peak-rss {"maxRssKb":204800}\n')).toBeUndefined();
  });
});

describe('runNodeTimed', () => {
  const here = fileURLToPath(new URL('.', import.meta.url));

  it('reports the peak RSS of a fresh process, worker memory included', async () => {
    // 64 MB held by a worker thread must show in the parent's figure: maxRSS is per process.
    const script = [
      "const { Worker } = require('node:worker_threads');",
      'const w = new Worker(\'const b = Buffer.alloc(64 * 1024 * 1024, 1); require("node:worker_threads").parentPort.postMessage(b[5]);\', { eval: true });',
      "w.on('message', () => w.terminate());",
    ].join('\n');
    const small = await runNodeTimed(['-e', '0'], here);
    const big = await runNodeTimed(['-e', script], here);
    expect(small.exitCode).toBe(0);
    expect(big.exitCode).toBe(0);
    expect(small.peakRssKb).toBeGreaterThan(0);
    expect(small.cpuMs).toBeGreaterThanOrEqual(0);
    expect(big.peakRssKb! - small.peakRssKb!).toBeGreaterThan(60 * 1024);
  });

  it('runs the parser floor on a document and reports its timings', async () => {
    const document = join(here, '../../../examples/acme-shop/asyncapi/asyncapi.yaml');
    const run = await runNodeTimed([join(here, 'parser-runner.mjs'), document], here);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.timings?.errors).toBe(0);
    expect(run.timings?.parseMs).toBeGreaterThan(0);
  });
});

describe('parseVariant', () => {
  it("reads a name, environment variables and another checkout's bin", () => {
    expect(
      parseVariant('no-yield:HOOKWRIGHT_YIELD_TO_PARSER=off,A=b=c@/tmp/before/bin/hookwright.js'),
    ).toEqual({
      name: 'no-yield',
      env: { HOOKWRIGHT_YIELD_TO_PARSER: 'off', A: 'b=c' },
      bin: '/tmp/before/bin/hookwright.js',
    });
    expect(parseVariant('base')).toMatchObject({ name: 'base', env: {} });
    expect(parseVariant('base').bin).toMatch(/packages\/cli\/bin\/hookwright\.js$/);
  });

  it('refuses a variant it cannot read, naming it', () => {
    expect(() => parseVariant('')).toThrow('expected name[:ENV=value,...][@bin]');
    expect(() => parseVariant('x:NOVALUE')).toThrow('variant x: expected ENV=value, found "NOVALUE"');
  });
});
