/**
 * Keeps the validation benchmark runnable: a very reduced run (4 events, one short round, one process
 * per cold-start variant) must produce every figure, with the validators agreeing on every input it
 * times. No timing is asserted: this machine is shared, and the figures belong in the README.
 */
import { describe, expect, it } from 'vitest';
import type { CompiledValidateFunction, Validator } from '../../../packages/runtime/src/validation/index.js';
import { checkAgreement } from './agreement.js';
import { runValidateBench } from './bench.js';
import type { AjvValidateFunction, EventValidators } from './contenders.js';
import { formatReport } from './report.js';
import { validatorCodeSize } from './size.js';
import { warmUntilSteady } from './warmup.js';

describe('runValidateBench, reduced', () => {
  it('measures throughput, cold start and size, on inputs both validators agree on', async () => {
    const result = await runValidateBench({
      events: 4,
      seed: 1,
      copiesPerExample: 2,
      rounds: 1,
      sampleMs: 10,
      warmupMinMs: 0,
      warmupMaxMs: 50,
      warmupMs: 0,
      clock: 'wall',
      coldRuns: 1,
    });

    expect(result.contract.events).toBe(4);
    expect(result.inputs.valid).toBe(4);
    expect(result.inputs.invalid).toBeGreaterThan(4);
    expect(result.agreement).toEqual({
      checked: result.inputs.valid + result.inputs.invalid,
      disagreements: [],
    });

    expect(result.throughput.sets.map((set) => set.set)).toEqual(['valid', 'invalid', 'all']);
    for (const set of result.throughput.sets) {
      expect(set.results.map((r) => r.name)).toEqual(['ours', 'ours raw', 'ajv runtime']);
      for (const r of set.results) expect(r.samples).toEqual([expect.any(Number)]);
      for (const ratio of set.ratios) expect(ratio.value).toBeGreaterThan(0);
    }
    expect(result.throughput.warmups.map((w) => w.contender)).toEqual(['ours', 'ours raw', 'ajv runtime']);

    for (const runs of Object.values(result.coldStart.runs)) {
      expect(runs).toHaveLength(1);
      expect(runs[0]!.wallMs).toBeGreaterThan(0);
    }
    expect(Object.keys(result.coldStart.runs.ours[0]!.phases)).toEqual(['import', 'firstValidation']);
    expect(Object.keys(result.coldStart.runs['ajv, compile all'][0]!.phases)).toEqual([
      'loadSchemas',
      'import',
      'compile',
      'firstValidation',
    ]);
    expect(Object.keys(result.coldStart.runs['ours: runtime subpaths only'][0]!.phases)).toEqual(['import']);
    expect(Object.keys(result.coldStart.runs['ours: ./validators only'][0]!.phases)).toEqual([
      'import',
      'firstValidation',
    ]);
    expect(result.coldStart.runs.ours[0]!.totalMs).toBeGreaterThan(0);
    expect(result.coldStart.runs.ours[0]!.cpuMs).toBeGreaterThan(0);

    expect(result.size.files.map((f) => f.path.replace(/^[^/]+\//, ''))).toEqual([
      'dist/validators.draft-07.js',
      'dist/validators.js',
    ]);
    expect(result.size.gzipBytes).toBeGreaterThan(0);
    expect(result.size.gzipBytes).toBeLessThan(result.size.bytes);

    const report = formatReport(result);
    expect(report.match(/^ {2}(PASS|MISS) {2}/gm)).toHaveLength(result.targets.length);
    expect(report).toContain('load average');
  }, 60_000);
});

describe('checkAgreement', () => {
  const says = (valid: boolean, message = 'must be string') => {
    const ajv = ((_data: unknown) => {
      ajv.errors = valid
        ? null
        : [{ instancePath: '', schemaPath: '#/type', keyword: 'type', params: { type: 'string' }, message }];
      return valid;
    }) as AjvValidateFunction;
    return ajv;
  };
  const issue = () => ({
    pointer: '',
    keyword: 'type',
    message: 'must be string',
    params: { type: 'string' },
    schemaPath: '#/type',
  });
  const ours: Validator = (value) =>
    typeof value === 'string' ? { valid: true, value } : { valid: false, issues: [issue()] };
  // As generated code does: the issues built at the error site, on the function.
  const oursRaw: CompiledValidateFunction = (value: unknown) => {
    const valid = typeof value === 'string';
    oursRaw.errors = valid ? null : [issue()];
    return valid;
  };

  it('accepts validators that answer alike', () => {
    const byEvent = new Map<string, EventValidators>([['e@1', { ours, oursRaw, ajv: says(false) }]]);
    expect(checkAgreement([{ eventId: 'e@1', data: 1, expectValid: false }], byEvent).disagreements).toEqual(
      [],
    );
  });

  it('reports a different verdict, a different message, and an input that is not what it was made to be', () => {
    const byEvent = new Map<string, EventValidators>([
      ['verdict@1', { ours, oursRaw, ajv: says(true) }],
      ['message@1', { ours, oursRaw, ajv: says(false, 'must be a string') }],
    ]);
    const { disagreements } = checkAgreement(
      [
        { eventId: 'verdict@1', data: 1, expectValid: false },
        { eventId: 'message@1', data: 1, expectValid: false },
        { eventId: 'message@1', data: 1, expectValid: true },
      ],
      byEvent,
    );
    expect(disagreements).toHaveLength(3);
    expect(disagreements[0]).toContain('ajv true');
    expect(disagreements[1]).toContain('must be a string');
  });
});

describe('warmUntilSteady', () => {
  it('stops once the last windows agree, and says when they never did', () => {
    // Fake clock: each read advances 1 ms; the case gets faster and faster over its first 3000 calls.
    let clock = 0;
    let calls = 0;
    const now = () => clock++;
    const settling = {
      name: 'settling',
      run: () => {
        calls++;
        clock += 0.05 * Math.max(0, 1 - calls / 3000);
      },
    };
    const options = { windowMs: 20, tolerance: 0.1, windows: 3, minMs: 0, maxMs: 10_000, now };
    const steady = warmUntilSteady(settling, options);
    expect(steady.steady).toBe(true);
    expect(calls).toBeGreaterThan(3000);

    const constant = { name: 'constant', run: () => undefined };
    const held = warmUntilSteady(constant, { ...options, minMs: 500 });
    expect(held.steady).toBe(true);
    expect(held.ms).toBeGreaterThanOrEqual(500);

    // Each call costs more than the last, in proportion to the time so far: the rate keeps falling.
    clock = 1;
    const drifting = {
      name: 'drifting',
      run: () => {
        clock += clock * 1e-4;
      },
    };
    expect(warmUntilSteady(drifting, { ...options, tolerance: 0.05, maxMs: 200 })).toMatchObject({
      steady: false,
    });
  });
});

describe('validatorCodeSize', () => {
  it('counts only the validator modules of the package asked for', () => {
    const files = {
      'shop-receiver/dist/validators.js': 'export const validators = {};\n',
      'shop-receiver/dist/validators.draft-07.js': 'export const p0 = () => true;\n'.repeat(20),
      'shop-receiver/dist/validators.d.ts': 'export {};\n',
      'shop-receiver/dist/index.js': 'export {};\n',
      'shop-sender/dist/validators.js': 'export const validators = {};\n',
    };
    const size = validatorCodeSize(files, 'shop-receiver');
    expect(size.files.map((f) => f.path)).toEqual([
      'shop-receiver/dist/validators.draft-07.js',
      'shop-receiver/dist/validators.js',
    ]);
    expect(size.bytes).toBe(
      files['shop-receiver/dist/validators.js'].length +
        files['shop-receiver/dist/validators.draft-07.js'].length,
    );
    expect(() => validatorCodeSize(files, 'nothing-here')).toThrow(/no nothing-here/);
  });
});
