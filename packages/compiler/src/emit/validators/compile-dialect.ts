import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { SchemaDialect } from '../../ir/contract.js';
import { type AjvInstance, type AjvSetup, createAjv } from './create-ajv.js';
import { isKnownFormat } from './formats.js';
import { namedSchemaId } from './ids.js';
import { typeImpliedBySibling } from './implied-types.js';
import { legalSchema } from './legal-schema.js';
import type { DialectPlan, SchemaUnit } from './plan.js';
import {
  ajvMessageDiagnostic,
  keywordPlace,
  metaSchemaDiagnostic,
  schemaDiagnostic,
} from './schema-diagnostics.js';
import type { SchemaObject } from './schema-walk.js';
import type { UseTally } from './use-tally.js';

/** A diagnostic about one unit, made again for wherever the unit is written now. */
type Problem = (unit: SchemaUnit) => Diagnostic;

/** What compiling one unit gave, kept while the unit and every named schema it reaches are unchanged. */
interface UnitRecord {
  /** The schemas it was compiled from: its own, then its closure's (see `madeOf`). */
  parts: SchemaObject[];
  /** In ajv (its schema passed the meta-schema and was added). */
  added: boolean;
  /** Problems found before compiling: meta-schema, `addSchema`. */
  problems: Problem[];
  /** Unknown keywords, for the contract's tally. */
  unknownKeywords: { keyword: string; pointer: string }[];
  /** Set once compiled (or failed to): strict-mode warnings, errors. */
  compiled?: { ok: boolean; problems: Problem[] };
}

export interface DialectTallies {
  keywords: UseTally;
  formats: UseTally;
}

/**
 * One dialect's ajv instance and what it compiled, kept between compiles (watch mode): a unit is
 * compiled again only when its schema or one of the named schemas it reaches changed, and its
 * diagnostics are made again from what was found the first time. ajv numbers the functions it
 * compiles from counters of the instance, so code from a kept instance differs from a fresh
 * one's in those names alone (see canonical-names.ts).
 */
export class DialectCompiler {
  readonly ajv: AjvInstance;
  private readonly records = new Map<string, UnitRecord>();
  /** Units compiled by this instance, replaced ones included: their code stays in ajv's scope. */
  private compiledCount = 0;
  private current: { unit: SchemaUnit; problems: Problem[] } | undefined;
  private readonly texts = new WeakMap<SchemaObject, string>();
  /** The plan being compiled: each unit's compiled schema by its `$id`. */
  private compiledById = new Map<string, SchemaObject>();

  constructor(
    readonly dialect: SchemaDialect,
    readonly setup: AjvSetup,
  ) {
    const warn = (message: unknown) => {
      // Unknown keywords are counted by legalSchema and reported once each, by policy.
      const text = String(message);
      if (text.startsWith('strict mode: unknown keyword:')) return;
      if (this.typeImplied(text)) return;
      this.current?.problems.push((unit) => ajvMessageDiagnostic(unit, 'warning', 'schema-strict', text));
    };
    this.ajv = createAjv(dialect, { log: () => {}, warn, error: warn }, setup);
  }

  /**
   * Whether this instance can compile `plan` with `setup`, and is still worth keeping: ajv never
   * forgets a function it compiled, so once replaced code outweighs the live code, a fresh
   * instance is cheaper to hold.
   */
  fits(setup: AjvSetup, plan: DialectPlan): boolean {
    return (
      JSON.stringify(setup) === JSON.stringify(this.setup) && this.compiledCount <= 2 * plan.units.length + 50
    );
  }

  /** Compiles what changed since the last call; the ids of the units that compiled. */
  compile(plan: DialectPlan, diagnostics: Diagnostic[], tallies: DialectTallies): Set<string> {
    const ajv = this.ajv;
    this.compiledById = new Map(plan.units.map((unit) => [unit.id, unit.prepared.compiled]));
    const isKnown = (keyword: string) => ajv.RULES.keywords[keyword] === true;
    const checked = new Map(plan.units.map((unit) => [unit.id, unit.prepared.checked]));
    const parts = new Map(plan.units.map((unit) => [unit.id, madeOf(unit, checked)]));
    for (const [id, record] of this.records) {
      const now = parts.get(id);
      if (now && this.same(record.parts, now)) continue;
      if (record.added) ajv.removeSchema(id);
      this.records.delete(id);
    }

    // Unknown formats are annotations (JSON Schema says so); a typo deserves a warning, not a failure.
    for (const unit of plan.units) {
      for (const format of unit.prepared.formats) {
        if (isKnownFormat(format.name)) continue;
        tallies.formats.add(format.name, unit, format.pointer);
        if (!ajv.formats[format.name]) ajv.addFormat(format.name, true);
      }
    }

    const failed = new Set<string>();
    for (const unit of plan.units) {
      for (const missing of unit.prepared.missingRefs) {
        const message = `$ref "#/schemas/${missing.name}" names no schema of the contract`;
        diagnostics.push(schemaDiagnostic(unit, 'error', 'unknown-schema-ref', message, missing.pointer));
      }
      const record = this.records.get(unit.id) ?? this.add(unit, parts.get(unit.id)!, isKnown);
      diagnostics.push(...record.problems.map((problem) => problem(unit)));
      for (const use of record.unknownKeywords) tallies.keywords.add(use.keyword, unit, use.pointer);
      if (unit.prepared.missingRefs.length > 0 || !record.added) failed.add(unit.id);
    }

    const ok = new Set<string>();
    for (const unit of plan.units) {
      // A schema using a named schema that failed would only repeat that schema's diagnostic.
      if (failed.has(unit.id) || unit.closure.some((name) => failed.has(namedSchemaId(name)))) {
        failed.add(unit.id);
        continue;
      }
      const record = this.records.get(unit.id)!;
      record.compiled ??= this.compileUnit(unit);
      diagnostics.push(...record.compiled.problems.map((problem) => problem(unit)));
      if (record.compiled.ok) ok.add(unit.id);
      else failed.add(unit.id);
    }
    return ok;
  }

  /**
   * A strictTypes warning about an `allOf` member whose sibling already requires the type
   * (implied-types.ts): not a mistake, so not reported.
   */
  private typeImplied(message: string): boolean {
    const type = /^strict mode: missing type "(\w+)"/.exec(message)?.[1];
    const place = type === undefined ? undefined : keywordPlace(message);
    const root = place && this.compiledById.get(place.id);
    if (!type || !place || !root) return false;
    return typeImpliedBySibling(root, place.pointer, type, (ref) => this.compiledById.get(ref));
  }

  private add(unit: SchemaUnit, parts: SchemaObject[], isKnown: (keyword: string) => boolean): UnitRecord {
    const record: UnitRecord = { parts, added: false, problems: [], unknownKeywords: [] };
    this.records.set(unit.id, record);
    if (unit.prepared.missingRefs.length > 0) return record;
    if (!this.ajv.validateSchema(unit.prepared.checked)) {
      const first = this.ajv.errors?.[0];
      if (first) record.problems.push((at) => metaSchemaDiagnostic(at, first));
      return record;
    }
    const legal = legalSchema(unit.prepared.compiled, isKnown);
    record.unknownKeywords = legal.unknown;
    try {
      this.ajv.addSchema(legal.schema, undefined, undefined, false);
      record.added = true;
    } catch (error) {
      // e.g. an `$id` inside the schema that another schema already uses
      const message = (error as Error).message;
      record.problems.push((at) => ajvMessageDiagnostic(at, 'error', 'invalid-schema', message));
    }
    return record;
  }

  private compileUnit(unit: SchemaUnit): { ok: boolean; problems: Problem[] } {
    const problems: Problem[] = [];
    this.current = { unit, problems };
    this.compiledCount++;
    try {
      this.ajv.getSchema(unit.id);
      return { ok: true, problems };
    } catch (error) {
      const message = (error as Error).message;
      problems.push((at) => ajvMessageDiagnostic(at, 'error', 'invalid-schema', message));
      return { ok: false, problems };
    } finally {
      this.current = undefined;
    }
  }

  /**
   * Whether two lists of schemas are the same: the same objects (kept prepared schemas, see
   * `PreparedSchemas`), or the same text. The text of a schema is written once, when first
   * compared, so a single compile (a plain `generate`) writes none.
   */
  private same(before: readonly SchemaObject[], now: readonly SchemaObject[]): boolean {
    return (
      before.length === now.length &&
      before.every((schema, i) => schema === now[i] || this.text(schema) === this.text(now[i]!))
    );
  }

  private text(schema: SchemaObject): string {
    let text = this.texts.get(schema);
    if (text === undefined) {
      text = JSON.stringify(schema);
      this.texts.set(schema, text);
    }
    return text;
  }
}

/**
 * What a unit's compiled code is made of: its own schema (as checked, with annotations, since the
 * meta-schema checks those too) and those of every named schema it reaches.
 */
function madeOf(unit: SchemaUnit, named: ReadonlyMap<string, SchemaObject>): SchemaObject[] {
  return [unit.prepared.checked, ...unit.closure.map((name) => named.get(namedSchemaId(name))!)];
}
