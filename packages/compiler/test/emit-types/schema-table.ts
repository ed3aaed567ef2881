/**
 * Given/want cases for the schema transforms: each case's schema is emitted as the named schema
 * `Subject` (next to any helper schemas it references) and the printed declaration of `Subject`,
 * JSDoc included, must equal `want`. Every case's whole `types.ts` must also compile under
 * strict TypeScript, checked in one program per table to keep the suite fast.
 */
import { expect, it } from 'vitest';
import { emitTypes } from '../../src/emit/types/index.js';
import type { JsonSchema } from '../../src/ir/contract.js';
import { contractOf } from '../helpers/contract-ir.js';
import { declarationsOf } from '../helpers/declarations.js';
import { runTable, type TableCase } from '../helpers/table.js';
import { formatTypeDiagnostics, STRICT_COMPILER_OPTIONS, typecheck } from '../helpers/typecheck.js';

export interface SchemaCase extends TableCase<JsonSchema, string> {
  /** Other named schemas the case's schema refers to (`#/schemas/<Name>`). */
  schemas?: Record<string, JsonSchema>;
  /** Declaration to compare instead of `Subject`. */
  declaration?: string;
}

export function emitSubject(c: Pick<SchemaCase, 'given' | 'schemas'>): string {
  return emitTypes(contractOf({ schemas: { ...c.schemas, Subject: c.given } }))['types.ts']!;
}

export function runSchemaTable(title: string, cases: readonly SchemaCase[]): void {
  const byName = new Map(cases.map((c) => [c.name, c]));
  runTable(
    title,
    cases.map((c) => ({ name: c.name, given: c.name, want: c.want })),
    (name) => {
      const c = byName.get(name)!;
      return declarationsOf(emitSubject(c)).get(c.declaration ?? 'Subject') ?? '(not declared)';
    },
  );
  it(`${title}: every case compiles under strict TypeScript (exactOptionalPropertyTypes on and off)`, () => {
    const files = Object.fromEntries(cases.map((c, i) => [`case-${i}/types.ts`, emitSubject(c)]));
    expect(formatTypeDiagnostics(typecheck(files))).toBe('');
    const loose = { ...STRICT_COMPILER_OPTIONS, exactOptionalPropertyTypes: false };
    expect(formatTypeDiagnostics(typecheck(files, loose))).toBe('');
  });
}
