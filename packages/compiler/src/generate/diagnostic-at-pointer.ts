import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { LoadResult } from '../load/load-options.js';

/**
 * An emitter's diagnostic where diagnostics are printed. Emitters work on the IR, which names a
 * file relative to the entry document's folder and knows where each schema or example starts,
 * not the text inside it: a warning about `#/allOf/0` of a schema was printed at the schema's
 * first line, a failing example at the example's, and under the entry-relative name even when the
 * command ran from another folder. The load's source files know every pointer's line and column,
 * and the name relative to the working directory. `generate` and the devtools (`trigger`,
 * `listen`) print emitter diagnostics through this, so both name the same place.
 */
export function diagnosticAtPointer(diagnostic: Diagnostic, loaded: LoadResult): Diagnostic {
  if (diagnostic.file === undefined || !loaded.locate) return diagnostic;
  const place = loaded.locate(diagnostic.file, diagnostic.pointer ?? '');
  if (!place) return diagnostic;
  // Without a pointer only the file's name changes: the diagnostic's line stays.
  if (diagnostic.pointer === undefined) return { ...diagnostic, file: place.file };
  return { ...diagnostic, file: place.file, line: place.line, col: place.col };
}
