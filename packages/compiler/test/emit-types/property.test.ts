import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emitTypes, resolveTypeNames } from '../../src/emit/types/index.js';
import type { Contract } from '../../src/ir/contract.js';
import { declarationsOf } from '../helpers/declarations.js';
import { formatTypeDiagnostics, typecheck } from '../helpers/typecheck.js';
import { contractArbitrary } from './fixtures/schema-arbitrary.js';

/** Every identifier the module must declare, in order. */
function expectedDeclarations(contract: Contract): string[] {
  const names = resolveTypeNames(contract);
  return [
    ...Object.keys(contract.schemas)
      .sort()
      .map((n) => names.schemas[n]!),
    ...contract.events.flatMap((e) => [names.events[e.id]!.data, names.events[e.id]!.envelope]),
    'EventMap',
    'EventId',
    'EventType',
    'WebhookEvent',
    'LatestEventMap',
  ];
}

describe('emitTypes on arbitrary schemas and hostile author strings', () => {
  it('declares exactly the expected names, deterministically, and nothing leaks out of comments', () => {
    fc.assert(
      fc.property(contractArbitrary, (contract) => {
        const source = emitTypes(contract)['types.ts']!;
        expect([...declarationsOf(source).keys()]).toEqual(expectedDeclarations(contract));
        expect(emitTypes(structuredClone(contract))['types.ts']).toBe(source);
        expect(source).not.toMatch(/\r|\u2028|\u2029/);
      }),
      { numRuns: 300, seed: 20_240_501 },
    );
  });

  it('always compiles under strict TypeScript (60 random contracts in one program)', () => {
    const contracts = fc.sample(contractArbitrary, { numRuns: 60, seed: 7 });
    const files = Object.fromEntries(contracts.map((c, i) => [`c${i}/types.ts`, emitTypes(c)['types.ts']!]));
    const diagnostics = typecheck(files);
    const first = diagnostics[0];
    const failing = first
      ? JSON.stringify(contracts[Number(first.file.slice(1, first.file.indexOf('/')))])
      : '';
    expect(formatTypeDiagnostics(diagnostics), failing).toBe('');
  });
});
