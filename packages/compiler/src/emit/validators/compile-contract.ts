import type { AnyValidateFunction } from 'ajv/dist/types/index.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Contract, SchemaDialect } from '../../ir/contract.js';
import { DialectCompiler } from './compile-dialect.js';
import type { AjvInstance, AjvSetup } from './create-ajv.js';
import { needsOwnProperties } from './own-properties.js';
import {
  type DialectPlan,
  planValidators,
  type SchemaUnit,
  type ValidatorBinding,
  type ValidatorPlan,
} from './plan.js';
import { PreparedSchemas } from './prepare-schema.js';
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
  return new ContractCompiler(options).compile(contract);
}

/**
 * `compileContract` that keeps its ajv instances between calls: a schema is compiled again only
 * when it or a named schema it reaches changed (watch mode; see compile-dialect.ts). The compiled
 * functions of one call stay valid until the next.
 *
 * @example
 * const compiler = new ContractCompiler({ emitCode: true });
 * const first = compiler.compile(contract);
 * const second = compiler.compile(edited); // only the edited schemas and their users compile
 */
export class ContractCompiler {
  private readonly compilers = new Map<SchemaDialect, DialectCompiler>();
  /** Kept from the second compile on: a single compile (a plain `generate`) has no use for it. */
  private preparer: PreparedSchemas | undefined;
  private compiles = 0;
  /** Whether a prepared schema names a property plain objects inherit (see own-properties.ts). */
  private readonly inherits = new WeakMap<SchemaUnit['prepared'], boolean>();

  constructor(private readonly options: CompileOptions) {}

  compile(contract: Contract): CompiledContract {
    const { options } = this;
    const setup: AjvSetup = {
      emitCode: options.emitCode,
      messages: options.messages ?? !options.emitCode,
      ...(options.allErrors ? { allErrors: true } : {}),
    };
    if (this.compiles++ > 0) this.preparer ??= new PreparedSchemas();
    const plan = planValidators(contract, this.preparer);
    const diagnostics: Diagnostic[] = [];
    const tallies = { keywords: new UseTally(), formats: new UseTally() };
    const compiled = new Map<SchemaDialect, { ajv: AjvInstance; ok: Set<string> }>();
    const dialects = plan.dialects.map((dialectPlan) => {
      const compiler = this.compilerFor(dialectPlan, setup);
      const ok = compiler.compile(dialectPlan, diagnostics, tallies);
      compiled.set(dialectPlan.dialect, { ajv: compiler.ajv, ok });
      return { plan: dialectPlan, ajv: compiler.ajv };
    });
    for (const dialect of this.compilers.keys()) if (!compiled.has(dialect)) this.compilers.delete(dialect);
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

  private namesInherited(unit: SchemaUnit): boolean {
    let inherits = this.inherits.get(unit.prepared);
    if (inherits === undefined) {
      inherits = needsOwnProperties([unit]);
      this.inherits.set(unit.prepared, inherits);
    }
    return inherits;
  }

  /** The kept compiler of the dialect, or a new one when the options changed or it grew stale. */
  private compilerFor(plan: DialectPlan, base: AjvSetup): DialectCompiler {
    const setup = { ...base, ownProperties: plan.units.some((unit) => this.namesInherited(unit)) };
    const kept = this.compilers.get(plan.dialect);
    if (kept?.fits(setup, plan)) return kept;
    const compiler = new DialectCompiler(plan.dialect, setup);
    this.compilers.set(plan.dialect, compiler);
    return compiler;
  }
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
