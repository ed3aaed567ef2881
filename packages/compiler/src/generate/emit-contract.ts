import type { Diagnostic } from '../diagnostics/diagnostic.js';
import {
  type ExampleResolution,
  type ExampleValidators,
  resolveExamples,
} from '../emit/docs/examples/resolve-examples.js';
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

/** The two steps that work on schemas alone (watch mode passes ones that reuse the previous run's). */
export interface SchemaSteps {
  validators(contract: Contract): ValidatorBuild;
  /** `compiled`: the validators step's in-process validators, reused to check synthesised examples. */
  examples(contract: Contract, compiled: ExampleValidators | undefined): ExampleResolution;
}

const fresh: SchemaSteps = {
  validators: (contract) => buildValidators(contract),
  examples: (contract, compiled) => resolveExamples(contract, compiled),
};

/**
 * Every emitter, in one place: the IR in, the whole output tree (and any problems) out.
 * Validators come first: a failing message example is an error, and then nothing is emitted.
 */
export function emitContract(
  contract: Contract,
  packages: PackageSettings = {},
  steps: SchemaSteps = fresh,
): EmittedContract {
  const validators = steps.validators(contract);
  if (!validators.files) return { files: {}, diagnostics: validators.diagnostics };
  const types = emitTypes(contract)['types.ts'];
  if (types === undefined) throw new Error('types emitter produced no types.ts');
  const examples = steps.examples(contract, validators.compiled);
  const files = emitPackages(
    contract,
    { types, validators: validators.files, examples: examples.examples },
    packages,
  );
  return { files: sortFiles(files), diagnostics: [...validators.diagnostics, ...examples.diagnostics] };
}
