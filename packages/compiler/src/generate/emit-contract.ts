import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { resolveExamples } from '../emit/docs/examples/resolve-examples.js';
import { type EmittedFiles, sortFiles } from '../emit/files.js';
import { emitPackages } from '../emit/packages/emit-packages.js';
import type { PackageSettings } from '../emit/packages/package-settings.js';
import { emitTypes } from '../emit/types/index.js';
import { buildValidators, type ValidatorBuildOptions } from '../emit/validators/index.js';
import type { Contract } from '../ir/contract.js';

/**
 * Every emitter, in one place: the IR in, the whole output tree (and any problems) out.
 * Validators come first: a failing message example is an error, and then nothing is emitted.
 */
export function emitContract(
  contract: Contract,
  packages: PackageSettings = {},
  validatorOptions: ValidatorBuildOptions = {},
): { files: EmittedFiles; diagnostics: Diagnostic[] } {
  const validators = buildValidators(contract, validatorOptions);
  if (!validators.files) return { files: {}, diagnostics: validators.diagnostics };
  const types = emitTypes(contract)['types.ts'];
  if (types === undefined) throw new Error('types emitter produced no types.ts');
  const examples = resolveExamples(contract);
  const files = emitPackages(
    contract,
    { types, validators: validators.files, examples: examples.examples },
    packages,
  );
  return { files: sortFiles(files), diagnostics: [...validators.diagnostics, ...examples.diagnostics] };
}
