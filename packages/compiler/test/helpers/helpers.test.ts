/** The shared test helpers are tested like code: a helper that cannot fail makes every test using it vacuous. */
import { describe, expect, it } from 'vitest';
import { contractOf, eventBaseName, eventVersion, namedSchema } from './contract-ir.js';
import { declarationsOf } from './declarations.js';
import { formatTypeDiagnostics, STRICT_COMPILER_OPTIONS, typecheck } from './typecheck.js';

describe('typecheck', () => {
  it('passes valid code and resolves imports between the given files', () => {
    const files = {
      'lib/types.ts': 'export interface Box { value: number }\n',
      'main.ts': "import type { Box } from './lib/types.js';\nexport const box: Box = { value: 1 };\n",
    };
    expect(typecheck(files)).toEqual([]);
  });

  it('reports type errors with file, 1-based position and code', () => {
    const diagnostics = typecheck({ 'a.ts': 'export const n: number = 1;\nexport const s: string = n;\n' });
    expect(diagnostics).toEqual([
      {
        file: 'a.ts',
        line: 2,
        col: 14,
        code: 2322,
        message: "Type 'number' is not assignable to type 'string'.",
      },
    ]);
    expect(formatTypeDiagnostics(diagnostics)).toBe(
      "a.ts:2:14 TS2322 Type 'number' is not assignable to type 'string'.",
    );
  });

  it('applies the strict options: implicit any, unchecked index access, exact optional properties', () => {
    const code = [
      'export function f(x) { return x; }',
      'const list: number[] = [];',
      'export const first: number = list[0];',
      'export const o: { a?: number } = { a: undefined };',
    ].join('\n');
    expect(typecheck({ 'a.ts': code }).map((d) => d.code)).toEqual([7006, 2322, 2375]);
    const loose = {
      ...STRICT_COMPILER_OPTIONS,
      noUncheckedIndexedAccess: false,
      exactOptionalPropertyTypes: false,
    };
    expect(typecheck({ 'a.ts': code }, loose).map((d) => d.code)).toEqual([7006]);
  });

  it('sees nothing but the given files and the standard library', () => {
    const diagnostics = typecheck({
      'a.ts': "import { x } from 'node:fs';\nexport const y: Promise<number> = Promise.resolve(x);\n",
    });
    expect(diagnostics.map((d) => d.code)).toEqual([2307]);
  });

  it('reports an unused @ts-expect-error, which is what gives type-level tests their teeth', () => {
    const diagnostics = typecheck({ 'a.ts': '// @ts-expect-error\nexport const n: number = 1;\n' });
    expect(diagnostics.map((d) => d.code)).toEqual([2578]);
  });
});

describe('declarationsOf', () => {
  it('maps each top-level declaration to its text with JSDoc, skipping other comments', () => {
    const source = [
      '// header',
      '',
      '/** A box. */',
      'export interface Box { value: number }',
      '',
      'export type Id = string;',
      'export const a = 1, b = 2;',
      'function helper() {}',
    ].join('\n');
    expect([...declarationsOf(source)]).toEqual([
      ['Box', '/** A box. */\nexport interface Box { value: number }'],
      ['Id', 'export type Id = string;'],
      ['a', 'export const a = 1, b = 2;'],
      ['b', 'export const a = 1, b = 2;'],
      ['helper', 'function helper() {}'],
    ]);
  });
});

describe('contract IR builders', () => {
  it('builds a sorted contract with events named like the loader does', () => {
    const contract = contractOf({
      schemas: { Zeta: true, Alpha: namedSchema('Alpha', false, { nameSource: 'title' }) },
      events: [eventVersion('order.created', 2, true, { deprecated: true })],
    });
    expect(Object.keys(contract.schemas)).toEqual(['Alpha', 'Zeta']);
    expect(contract.schemas.Alpha).toMatchObject({ name: 'Alpha', nameSource: 'title', schema: false });
    expect(contract.events[0]).toMatchObject({
      id: 'order.created@2',
      name: 'OrderCreatedV2',
      deprecated: true,
    });
    expect(eventBaseName('payment_intent.succeeded', 1)).toBe('PaymentIntentSucceededV1');
  });

  it('keeps a schema named __proto__ as a plain entry', () => {
    const contract = contractOf({ schemas: JSON.parse('{"__proto__": {"type": "string"}}') });
    expect(Object.keys(contract.schemas)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(contract.schemas)).toBe(Object.prototype);
  });
});
