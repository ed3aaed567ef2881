import { type Diagnostic, hasErrors, normalizeDiagnostics } from '../../diagnostics/diagnostic.js';
import { checkCompiledExamples } from '../../examples/check-examples.js';
import type { Contract } from '../../ir/contract.js';
import type { EmittedFiles } from '../files.js';
import { type CompiledContract, compileContract } from './compile-contract.js';
import { emitCompiledValidators } from './emit-validators.js';
import type { UnknownKeywordPolicy } from './use-tally.js';
import { ValidatorSession } from './validator-session.js';

export interface ValidatorBuildOptions {
  /** Keywords the schema's dialect does not define: `warn` (default), `ignore` or `error`. */
  unknownKeywords?: UnknownKeywordPolicy;
}

export interface ValidatorBuild {
  /** The emitted validator modules; absent when a diagnostic is an error. */
  files?: EmittedFiles;
  /** Schema problems and failing examples, normalized. */
  diagnostics: Diagnostic[];
  /**
   * The in-process validators behind `files` (no messages), for the docs' example synthesis, which
   * would otherwise compile every schema again; absent with `files`.
   */
  compiled?: CompiledContract;
}

/**
 * `checkExamples` and `emitValidators` in one pass: the contract's schemas are compiled once.
 * This is what the generate pipeline calls. `session`: the one the previous build of this
 * contract used, to compile and rewrite only what changed since (watch mode); same output.
 *
 * @example
 * const { files, diagnostics } = buildValidators(contract);
 * if (!files) for (const d of diagnostics) console.error(formatDiagnostic(d));
 */
export function buildValidators(
  contract: Contract,
  options: ValidatorBuildOptions = {},
  session = new ValidatorSession(),
): ValidatorBuild {
  const policy = options.unknownKeywords === undefined ? {} : { unknownKeywords: options.unknownKeywords };
  const compiled = session.compile(contract, options.unknownKeywords ?? 'warn');
  let examples = checkCompiledExamples(contract, compiled);
  // Code-emitting validators carry no messages; only when an example fails (the rare path) is the
  // contract compiled again with ajv's messages, so the diagnostics read as `checkExamples`'s.
  if (examples.length > 0)
    examples = checkCompiledExamples(contract, compileContract(contract, { emitCode: false, ...policy }));
  const diagnostics = normalizeDiagnostics([...compiled.diagnostics, ...examples]);
  if (hasErrors(diagnostics)) return { diagnostics };
  return { files: emitCompiledValidators(contract, compiled, session), diagnostics, compiled };
}
