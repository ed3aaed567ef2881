import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { type EmittedFiles, sortFiles } from '../emit/files.js';
import type { PackageSettings } from '../emit/packages/package-settings.js';
import { emitTypes } from '../emit/types/index.js';
import type { Contract } from '../ir/contract.js';

/** Every emitter, in one place: the IR in, the whole output tree (and any problems) out. */
export function emitContract(
  contract: Contract,
  _packages: PackageSettings = {},
): { files: EmittedFiles; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const files = sortFiles({ ...emitTypes(contract) });
  return { files, diagnostics };
}
