/**
 * Budgets for generated validators, so a change that bloats the code or slows generation shows up
 * here. The figures in docs/validators.md come from the same contracts.
 */
import { describe, expect, it } from 'vitest';
import type { EmittedFiles } from '../../src/emit/files.js';
import { buildValidators } from '../../src/emit/validators/build-validators.js';
import { emitValidators } from '../../src/emit/validators/emit-validators.js';
import { syntheticValidatorContract } from '../helpers/synthetic-validator-contract.js';
import { shopContract } from './fixtures/shop-contract.js';

const jsBytes = (files: EmittedFiles) =>
  Object.entries(files)
    .filter(([path]) => path.endsWith('.js'))
    .reduce((sum, [, text]) => sum + Buffer.byteLength(text), 0);

// Load and warm ajv once, as the long-lived generator of watch mode does; then time 200 events.
buildValidators(syntheticValidatorContract(5));
const started = performance.now();
const large = buildValidators(syntheticValidatorContract(200));
const elapsedMs = performance.now() - started;

describe('generation speed', () => {
  it('checks and emits 200 events within a 5 s guard, loose for a shared CI machine', () => {
    expect(large.diagnostics).toEqual([]);
    expect(elapsedMs).toBeLessThan(5000);
  });
});

describe('generated code size', () => {
  it('200 synthetic events (11 fields, 3 shared refs each) stay under 6.5 KB per event', () => {
    // 8.8 KB per event as ajv writes it; 5.9 KB once rewritten (docs/validators.md).
    expect(jsBytes(large.files!) / 200).toBeLessThan(6.5 * 1024);
  });

  it('ten times the events cost about ten times the code: nothing grows faster than the contract', () => {
    const small = jsBytes(emitValidators(syntheticValidatorContract(20)));
    expect(jsBytes(large.files!) / small).toBeLessThan(11);
  });

  it('the hand-made shop contract stays under 28 KB in all', () => {
    expect(jsBytes(emitValidators(shopContract()))).toBeLessThan(28 * 1024);
  });
});
