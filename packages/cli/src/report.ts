import { type Diagnostic, formatDiagnostic, hasErrors } from '@hookwright/compiler';
import type { CliIo } from './io.js';

/** Diagnostics go to stderr, one per line (commands that write no files: diff, lint). */
export function printDiagnostics(io: CliIo, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
}

/** Errors listed before the rest is summed up (`--all` lists everything). */
export const ERRORS_SHOWN = 20;

/**
 * Diagnostics go to stderr, one per line, followed by a count when there are errors. After
 * `ERRORS_SHOWN` errors the rest is one line, `and N more (--all to list)`: the first errors are
 * the root causes, and a wall of follow-ups would bury them.
 */
export function reportDiagnostics(io: CliIo, diagnostics: readonly Diagnostic[], all = false): void {
  let errors = 0;
  for (const [i, d] of diagnostics.entries()) {
    if (!all && errors === ERRORS_SHOWN) {
      io.stderr(`and ${diagnostics.length - i} more (--all to list)\n`);
      break;
    }
    if (d.severity === 'error') errors++;
    io.stderr(`${formatDiagnostic(d)}\n`);
  }
  if (hasErrors(diagnostics)) {
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    io.stderr(`${errors} error${errors === 1 ? '' : 's'}: nothing was written.\n`);
  }
}
