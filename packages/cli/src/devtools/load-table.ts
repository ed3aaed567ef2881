import {
  type Contract,
  type ContractEventTable,
  createContractEventTable,
  DevtoolsError,
  diagnosticAtPointer,
  type Generator,
  hasErrors,
} from '@hookwright/compiler';
import { CliExit, type CliIo } from '../io.js';
import { printDiagnostics } from '../report.js';
import { resolveSettings, type SettingsFlags } from '../settings.js';

/**
 * Loads the contract as `inspect` does and builds its event table with validators compiled in
 * this process. Diagnostics go to stderr; a contract with errors ends the command with exit 1,
 * examples that fail their schema included, as `generate` refuses them.
 */
export async function loadEventTable(
  io: CliIo,
  generator: Generator,
  document: string,
  flags: SettingsFlags,
): Promise<{ contract: Contract; table: ContractEventTable['table'] }> {
  const { settings, diagnostics } = await resolveSettings(document, flags);
  printDiagnostics(io, diagnostics);
  if (!settings) throw new CliExit(1);
  const result = await generator.load(settings.document, settings.options);
  printDiagnostics(io, result.diagnostics);
  if (!result.contract || hasErrors(result.diagnostics)) throw new CliExit(1);
  let built: ContractEventTable;
  try {
    built = createContractEventTable(result.contract);
  } catch (error) {
    throw failWith(io, error);
  }
  const found = built.diagnostics.map((d) => diagnosticAtPointer(d, result));
  printDiagnostics(io, found);
  if (hasErrors(found)) throw new CliExit(1);
  return { contract: result.contract, table: built.table };
}

/** Prints a user-facing error (a DevtoolsError or a runtime error with a code) and returns exit 1. */
export function failWith(io: CliIo, error: unknown): CliExit {
  if (error instanceof DevtoolsError || (error instanceof Error && 'code' in error)) {
    io.stderr(`hookwright: ${error.message}\n`);
    return new CliExit(1);
  }
  throw error;
}
