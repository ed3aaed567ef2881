import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { resolveExamples } from '../emit/docs/examples/resolve-examples.js';
import { type EmittedFiles, sortFiles } from '../emit/files.js';
import { emitPackages } from '../emit/packages/emit-packages.js';
import type { PackageSettings } from '../emit/packages/package-settings.js';
import { emitTypes } from '../emit/types/index.js';
import { buildValidators, type ValidatorBuild } from '../emit/validators/index.js';
import type { Contract } from '../ir/contract.js';

/** The whole output tree of one contract, and any problems found while emitting it. */
export interface EmittedContract {
  files: EmittedFiles;
  diagnostics: Diagnostic[];
}

/**
 * Every emitter, in one place: the IR in, the whole output tree (and any problems) out.
 * Validators come first: a failing message example is an error, and then nothing is emitted.
 * `validators` builds them (watch mode passes one that reuses the previous build).
 */
export function emitContract(
  contract: Contract,
  packages: PackageSettings = {},
  validators: (contract: Contract) => ValidatorBuild = buildValidators,
): EmittedContract {
  const built = validators(contract);
  if (!built.files) return { files: {}, diagnostics: built.diagnostics };
  const types = emitTypes(contract)['types.ts'];
  if (types === undefined) throw new Error('types emitter produced no types.ts');
  const examples = resolveExamples(contract);
  const files = emitPackages(
    contract,
    { types, validators: built.files, examples: examples.examples },
    packages,
  );
  return { files: sortFiles(files), diagnostics: [...built.diagnostics, ...examples.diagnostics] };
}
