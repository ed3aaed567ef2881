import type { AnyValidateFunction } from 'ajv/dist/types/index.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Contract, SchemaDialect } from '../../ir/contract.js';
import { type AjvInstance, type AjvSetup, createAjv } from './create-ajv.js';
import { isKnownFormat } from './formats.js';
import { namedSchemaId } from './ids.js';
import { legalSchema } from './legal-schema.js';
import { needsOwnProperties } from './own-properties.js';
import {
  type DialectPlan,
  planValidators,
  type SchemaUnit,
  type ValidatorBinding,
  type ValidatorPlan,
} from './plan.js';
import { ajvMessageDiagnostic, metaSchemaDiagnostic, schemaDiagnostic } from './schema-diagnostics.js';
import { countNote, type UnknownKeywordPolicy, UseTally } from './use-tally.js';

export interface CompileOptions {
  /** Keep the source ajv needs for standalone modules (then without messages by default). */
  emitCode: boolean;
  /** Put ajv's message strings into error objects; default: when not emitting code. */
  messages?: boolean;
  /** Report keywords the dialect does not define as warnings (default), errors, or not at all. */
  unknownKeywords?: UnknownKeywordPolicy;
  /** Collect every problem instead of stopping at the first (developer tools, never generated code). */
  allErrors?: boolean;
}

export interface CompiledDialect {
  plan: DialectPlan;
  ajv: AjvInstance;
}

export interface CompiledContract {
  plan: ValidatorPlan;
  dialects: CompiledDialect[];
  /**
   * Schema problems: `invalid-schema`, `unknown-schema-ref` (errors), `unknown-format`,
   * `schema-strict` (warnings), `unknown-keyword` (a warning, an error or absent, per the policy).
   */
  diagnostics: Diagnostic[];
  /** The compiled function behind a binding; undefined when its schema (or one it uses) failed. */
  validatorFor(binding: ValidatorBinding): AnyValidateFunction | undefined;
}

/**
 * Compiles every schema of the contract with ajv, one instance per dialect, turning every problem
 * into a diagnostic at the schema's location instead of a throw. `emitCode` makes ajv keep the
 * source it needs for standalone modules (then without messages, as generated code has none);
 * otherwise error objects carry ajv's messages unless `messages` is false.
 */
export function compileContract(contract: Contract, options: CompileOptions): CompiledContract {
  const setup: AjvSetup = {
    emitCode: options.emitCode,
    messages: options.messages ?? !options.emitCode,
    ...(options.allErrors ? { allErrors: true } : {}),
  };
  const plan = planValidators(contract);
  const diagnostics: Diagnostic[] = [];
  const tallies = { keywords: new UseTally(), formats: new UseTally() };
  const compiled = new Map<SchemaDialect, { ajv: AjvInstance; ok: Set<string> }>();
  const dialects = plan.dialects.map((dialectPlan) => {
    const { ajv, ok } = compileDialect(dialectPlan, setup, diagnostics, tallies);
    compiled.set(dialectPlan.dialect, { ajv, ok });
    return { plan: dialectPlan, ajv };
  });
  diagnostics.push(...tallies.formats.diagnostics('warning', 'unknown-format', describeUnknownFormat));
  const policy = options.unknownKeywords ?? 'warn';
  if (policy !== 'ignore') {
    const severity = policy === 'error' ? 'error' : 'warning';
    diagnostics.push(
      ...tallies.keywords.diagnostics(severity, 'unknown-keyword', describeUnknownKeyword(policy)),
    );
  }
  return {
    plan,
    dialects,
    diagnostics,
    validatorFor(binding) {
      const entry = compiled.get(binding.dialect);
      const unit = plan.dialects
        .find((d) => d.dialect === binding.dialect)
        ?.units.find((u) => u.exportName === binding.exportName);
      if (!entry || !unit || !entry.ok.has(unit.id)) return undefined;
      return entry.ajv.getSchema(unit.id);
    },
  };
}

function describeUnknownFormat(name: string, count: number): string {
  return `unknown format "${name}" is not checked (known formats are ajv-formats' "full" set)${countNote(count)}`;
}

function describeUnknownKeyword(policy: UnknownKeywordPolicy) {
  return (name: string, count: number) =>
    policy === 'error'
      ? `unknown keyword "${name}": expected only keywords of the schema's JSON Schema dialect (unknownKeywords is "error")${countNote(count)}`
      : `unknown keyword "${name}" is ignored, as JSON Schema says${countNote(count)}; set unknownKeywords to "ignore" to silence this or "error" to refuse it`;
}

function compileDialect(
  plan: DialectPlan,
  setup: AjvSetup,
  diagnostics: Diagnostic[],
  tallies: { keywords: UseTally; formats: UseTally },
): { ajv: AjvInstance; ok: Set<string> } {
  let current: SchemaUnit | undefined;
  const warn = (message: unknown) => {
    // Unknown keywords are counted by legalSchema and reported once each, by policy.
    if (String(message).startsWith('strict mode: unknown keyword:')) return;
    if (current) diagnostics.push(ajvMessageDiagnostic(current, 'warning', 'schema-strict', String(message)));
  };
  const ownProperties = needsOwnProperties(plan.units);
  const ajv = createAjv(plan.dialect, { log: () => {}, warn, error: warn }, { ...setup, ownProperties });
  const isKnown = (keyword: string) => ajv.RULES.keywords[keyword] === true;

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
    if (unit.prepared.missingRefs.length > 0) {
      failed.add(unit.id);
    } else if (!ajv.validateSchema(unit.prepared.checked)) {
      const first = ajv.errors?.[0];
      if (first) diagnostics.push(metaSchemaDiagnostic(unit, first));
      failed.add(unit.id);
    } else {
      const legal = legalSchema(unit.prepared.compiled, isKnown);
      for (const use of legal.unknown) tallies.keywords.add(use.keyword, unit, use.pointer);
      try {
        ajv.addSchema(legal.schema, undefined, undefined, false);
      } catch (error) {
        // e.g. an `$id` inside the schema that another schema already uses
        diagnostics.push(ajvMessageDiagnostic(unit, 'error', 'invalid-schema', (error as Error).message));
        failed.add(unit.id);
      }
    }
  }

  const ok = new Set<string>();
  for (const unit of plan.units) {
    // A schema using a named schema that failed would only repeat that schema's diagnostic.
    if (failed.has(unit.id) || unit.closure.some((name) => failed.has(namedSchemaId(name)))) {
      failed.add(unit.id);
      continue;
    }
    current = unit;
    try {
      ajv.getSchema(unit.id);
      ok.add(unit.id);
    } catch (error) {
      diagnostics.push(ajvMessageDiagnostic(unit, 'error', 'invalid-schema', (error as Error).message));
      failed.add(unit.id);
    } finally {
      current = undefined;
    }
  }
  return { ajv, ok };
}
