import type { Diagnostic, Severity } from '../../diagnostics/diagnostic.js';
import type { SchemaUnit } from './plan.js';
import { schemaDiagnostic } from './schema-diagnostics.js';

/** What to do with a keyword the schema's dialect does not define (config `unknownKeywords`). */
export type UnknownKeywordPolicy = 'warn' | 'ignore' | 'error';

interface Use {
  unit: SchemaUnit;
  pointer: string;
}

/**
 * Counts uses of one kind of thing (an unknown keyword, an unknown format) across the contract, so
 * each is reported once, at its first use, with how often it occurs. A named schema compiled in
 * both dialects counts once.
 */
export class UseTally {
  private readonly uses = new Map<string, Use[]>();
  private readonly seen = new Set<string>();

  add(name: string, unit: SchemaUnit, pointer: string): void {
    const key = JSON.stringify([name, unit.id, pointer]);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const list = this.uses.get(name) ?? [];
    list.push({ unit, pointer });
    this.uses.set(name, list);
  }

  /** One diagnostic per name, at its first use; `describe` words it from the name and the count. */
  diagnostics(
    severity: Severity,
    code: string,
    describe: (name: string, count: number) => string,
  ): Diagnostic[] {
    return [...this.uses].map(([name, [first, ...rest]]) =>
      schemaDiagnostic(first!.unit, severity, code, describe(name, rest.length + 1), first!.pointer),
    );
  }
}

/** `; used 3 times (this is the first)`, or nothing for a single use. */
export function countNote(count: number): string {
  return count > 1 ? `; used ${count} times, this is the first` : '';
}
