import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { EmittedFiles } from '../emit/files.js';
import type { PackageSettings } from '../emit/packages/package-settings.js';
import type { ValidatorBuildOptions } from '../emit/validators/index.js';
import type { Contract } from '../ir/contract.js';
import { emitContract } from './emit-contract.js';

/** The outcome of emitting, a throw included: kept as data until the parser's verdict decides. */
export type EmitAttempt =
  | { ok: true; files: EmittedFiles; diagnostics: Diagnostic[] }
  | { ok: false; error: unknown };

/**
 * Runs every emitter, catching what it throws. An emit that starts before the parser has
 * accepted the document may meet input the parser would have rejected; such a throw must
 * surface only when the parser finds nothing wrong (then it is a real bug, thrown as before).
 */
export function emitOrCatch(
  contract: Contract,
  packages: PackageSettings | undefined,
  validatorOptions: ValidatorBuildOptions = {},
): EmitAttempt {
  try {
    return { ok: true, ...emitContract(contract, packages, validatorOptions) };
  } catch (error) {
    return { ok: false, error };
  }
}
