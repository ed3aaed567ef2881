import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
  CONFIG_FILE_NAMES,
  createSourceDocuments,
  formatLint,
  type Generator,
  LINT_FORMATS,
  type LintConfig,
  type LintFormat,
  lintContract,
  loadConfig,
} from '@hookwright/compiler';
import { type Command, Option } from 'commander';
import { CliExit, type CliIo } from '../io.js';
import { printDiagnostics } from '../report.js';
import { resolveSettings, type SettingsFlags } from '../settings.js';
import { displayPath } from './display-path.js';
import { addLoadFlags } from './load-options.js';

interface LintFlags extends SettingsFlags {
  format: LintFormat;
}

/** Exit codes: 0 no error finding (warnings allowed), 1 an error finding or the document does not load. */
export function registerLint(program: Command, io: CliIo, generator: () => Generator): void {
  addLoadFlags(
    program
      .command('lint')
      .description('check a contract against the lint rules configured under "lint" in the config file')
      .argument('[document]', 'AsyncAPI entry document, YAML or JSON (default: "input" of the config file)')
      .addOption(new Option('-f, --format <format>', 'output format').choices(LINT_FORMATS).default('text')),
  ).action(async (document: string | undefined, flags: LintFlags) => {
    const { settings, diagnostics } = await resolveSettings(document, flags);
    printDiagnostics(io, diagnostics);
    if (!settings) throw new CliExit(1);
    const result = await generator().load(settings.document, settings.options);
    printDiagnostics(io, result.diagnostics);
    if (!result.contract) throw new CliExit(1);
    const base = dirname(resolve(settings.document));
    const lint = lintContract(result.contract, {
      config: await lintConfig(flags),
      documents: createSourceDocuments(base),
      displayFile: (file) => displayPath(resolve(base, file)),
    });
    io.stdout(formatLint(lint, flags.format));
    if (lint.errors > 0) throw new CliExit(1);
  });
}

/** The `lint` key of the config file `resolveSettings` read (already validated there). */
async function lintConfig(flags: SettingsFlags): Promise<LintConfig | undefined> {
  const path = flags.config ?? CONFIG_FILE_NAMES.find((name) => existsSync(name));
  return path ? (await loadConfig(path)).loaded?.config.lint : undefined;
}
