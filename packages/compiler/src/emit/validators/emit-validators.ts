import { type Diagnostic, hasErrors, normalizeDiagnostics } from '../../diagnostics/diagnostic.js';
import type { Contract } from '../../ir/contract.js';
import type { EmittedFiles } from '../files.js';
import { sortFiles } from '../files.js';
import { type CompiledContract, compileContract } from './compile-contract.js';
import { emitIndexModule } from './emit-index.js';
import { dialectModuleName, emitDialectModule } from './emit-module.js';
import type { ValidatorSession } from './validator-session.js';

/** Thrown by `emitValidators` when a schema does not compile; `diagnostics` say which and why. */
export class ValidatorSchemaError extends Error {
  override name = 'ValidatorSchemaError';
  readonly code = 'invalid-schema';
  constructor(readonly diagnostics: Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    super(
      `${errors.length} schema(s) cannot be compiled into validators; first: ${errors[0]?.file}:${errors[0]?.line}:${errors[0]?.col} ${errors[0]?.message}`,
    );
  }
}

/**
 * Compiles every payload, header and named schema of the contract into standalone ESM
 * validators (ajv, at generate time): `validators.js` + `.d.ts` export three tables of
 * `Validator`s; `validators.draft-07.js` / `validators.2020-12.js` hold the compiled functions.
 * The modules import only `@hookwright/runtime/validation` and never generate code at run time.
 * Schema problems throw a `ValidatorSchemaError`; `checkExamples` reports the same problems as
 * diagnostics, so callers run it first.
 *
 * @example
 * const files = emitValidators(contract);
 * // files['validators.js']: import { validators } from './validators.js';
 * // validators['order.created@2'](data) -> { valid: true, value } | { valid: false, issues }
 */
export function emitValidators(contract: Contract): EmittedFiles {
  const compiled = compileContract(contract, { emitCode: true });
  if (hasErrors(compiled.diagnostics))
    throw new ValidatorSchemaError(normalizeDiagnostics(compiled.diagnostics));
  return emitCompiledValidators(contract, compiled);
}

/**
 * The emit half of `emitValidators`, for a contract compiled with `emitCode: true` and no errors.
 * `session`: reuse the code it rewrote for an earlier build (see `ValidatorSession`).
 */
export function emitCompiledValidators(
  contract: Contract,
  compiled: CompiledContract,
  session?: ValidatorSession,
): EmittedFiles {
  const files: EmittedFiles = {};
  for (const dialect of compiled.dialects) {
    const { js, dts } = emitDialectModule(dialect, session?.rewriter(dialect.plan.dialect));
    const name = dialectModuleName(dialect.plan.dialect);
    files[`${name}.js`] = js;
    files[`${name}.d.ts`] = dts;
  }
  const index = emitIndexModule(contract, compiled.plan);
  files['validators.js'] = index.js;
  files['validators.d.ts'] = index.dts;
  return sortFiles(files);
}
