import { formatEventTable, type Generator } from '@hookwright/compiler';
import type { Command } from 'commander';
import { CliExit, type CliIo } from '../io.js';
import { reportDiagnostics } from '../report.js';
import { resolveSettings, type SettingsFlags } from '../settings.js';
import { addLoadFlags } from './load-options.js';

interface InspectFlags extends SettingsFlags {
  json?: boolean;
}

export function registerInspect(program: Command, io: CliIo, generator: () => Generator): void {
  addLoadFlags(
    program
      .command('inspect')
      .description('print the resolved event table (or the whole contract IR with --json)')
      .argument('[document]', 'AsyncAPI entry document, YAML or JSON (default: "input" of the config file)')
      .option('--json', 'print the contract IR as JSON'),
  ).action(async (document: string | undefined, flags: InspectFlags) => {
    const { settings, diagnostics } = await resolveSettings(document, flags);
    reportDiagnostics(io, diagnostics);
    if (!settings) throw new CliExit(1);
    const result = await generator().load(settings.document, settings.options);
    reportDiagnostics(io, result.diagnostics, flags.all);
    if (!result.contract) throw new CliExit(1);
    io.stdout(
      flags.json ? `${JSON.stringify(result.contract, null, 2)}\n` : formatEventTable(result.contract),
    );
  });
}
