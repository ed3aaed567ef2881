/**
 * What the emitted modules are made of: clean ESM that imports only the runtime's public
 * validation module and its siblings, no code generation, one compiled function per named schema
 * per dialect, and the same bytes on every run.
 */
import { describe, expect, it } from 'vitest';
import { GENERATED_HEADER } from '../../src/emit/files.js';
import { emitValidators } from '../../src/emit/validators/emit-validators.js';
import type { Contract } from '../../src/ir/contract.js';
import { contractOf, eventVersion } from '../helpers/contract-ir.js';
import { keywordsContract } from './fixtures/keywords-contract.js';
import { shopContract } from './fixtures/shop-contract.js';

const contracts: [string, () => Contract][] = [
  ['shop', shopContract],
  ['keywords', keywordsContract],
];

describe.each(contracts)('%s contract', (_name, make) => {
  const files = emitValidators(make());
  const modules = Object.entries(files).filter(([path]) => path.endsWith('.js'));

  it('emits the index, one module per dialect used, and declarations for each', () => {
    expect(Object.keys(files)).toEqual([
      'validators.2020-12.d.ts',
      'validators.2020-12.js',
      'validators.d.ts',
      'validators.draft-07.d.ts',
      'validators.draft-07.js',
      'validators.js',
    ]);
  });

  it.each(modules)('%s has no require, eval or Function constructor', (_path, code) => {
    expect(code).not.toMatch(/\brequire\s*\(/);
    expect(code).not.toMatch(/\bnew Function\b|\bFunction\s*\(/);
    expect(code).not.toMatch(/\beval\s*\(/);
    expect(code).not.toMatch(/module\.exports|exports\./);
  });

  it.each(modules)(
    '%s imports only @hookwright/runtime/validation and its sibling modules',
    (_path, code) => {
      const specifiers = [...code.matchAll(/^import\b[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]);
      expect(specifiers.length).toBeGreaterThan(0);
      for (const specifier of specifiers) {
        expect(specifier).toMatch(
          /^(@hookwright\/runtime\/validation|\.\/validators\.(draft-07|2020-12)\.js)$/,
        );
      }
    },
  );

  it.each(Object.entries(files))(
    '%s starts with the generated header, LF only, one final newline',
    (_path, text) => {
      expect(text.startsWith(GENERATED_HEADER)).toBe(true);
      expect(text).not.toContain('\r');
      expect(text.endsWith('\n') && !text.endsWith('\n\n')).toBe(true);
    },
  );

  it('is byte-identical when emitted again, also from a deep copy of the contract', () => {
    expect(emitValidators(make())).toEqual(files);
    expect(emitValidators(structuredClone(make()))).toEqual(files);
  });
});

describe('named schemas are compiled once per dialect and called, not inlined', () => {
  const files = emitValidators(shopContract());
  const draft07 = files['validators.draft-07.js']!;

  it('Money is used by three schemas but its checks appear once', () => {
    // Money's own keyword checks carry its schema path (the last argument); a copy inlined
    // into a user would repeat them.
    expect(draft07.match(/"#\/properties\/currency\/pattern"\)/g)).toHaveLength(1);
    expect(files['validators.2020-12.js']!.match(/"#\/properties\/currency\/pattern"\)/g)).toHaveLength(1);
  });

  it('an event whose payload is only a ref reuses the named schema function', () => {
    expect(files['validators.js']).toContain('"customer.updated@1": createValidator(draft07.s2)');
    expect(files['validators.js']).toContain('"Customer": createValidator(draft07.s2)');
    expect(draft07).not.toMatch(/^export const p1 =/m);
  });

  it('annotations never reach generated code', () => {
    expect(draft07).not.toContain('An amount in minor units.');
    expect(draft07).not.toContain('"example"');
  });
});

describe('dialects', () => {
  it('a draft-07-only contract gets no 2020-12 module', () => {
    const files = emitValidators(
      contractOf({ events: [eventVersion('a.b', 1, { type: 'object' }, { dialect: 'draft-07' })] }),
    );
    expect(Object.keys(files).some((p) => p.includes('2020-12'))).toBe(false);
  });

  it('named schemas used only by 2020-12 events are exported from the 2020-12 module', () => {
    const files = emitValidators(shopContract());
    expect(files['validators.js']).toContain('"Category": createValidator(draft2020.s1)');
  });
});
