import { type Diagnostic, formatDiagnostic, hasErrors } from '@hookwright/compiler';
import type { CliIo } from './io.js';

/** Diagnostics go to stderr, one per line (commands that write no files: diff, lint). */
export function printDiagnostics(io: CliIo, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
}

/** Diagnostics go to stderr, one per line, followed by a count when there are errors. */
export function reportDiagnostics(io: CliIo, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
  if (hasErrors(diagnostics)) {
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    io.stderr(`${errors} error${errors === 1 ? '' : 's'}: nothing was written.\n`);
  }
}
