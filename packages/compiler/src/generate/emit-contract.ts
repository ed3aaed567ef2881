import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { type EmittedFiles, sortFiles } from '../emit/files.js';
import { emitTypes } from '../emit/types/index.js';
import type { Contract } from '../ir/contract.js';

/** Every emitter, in one place: the IR in, the whole output tree (and any problems) out. */
export function emitContract(contract: Contract): { files: EmittedFiles; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const files = sortFiles({ ...emitTypes(contract) });
  return { files, diagnostics };
}
