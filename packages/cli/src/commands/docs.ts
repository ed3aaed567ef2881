import {
  checkExamples,
  type DocsFormat,
  emitDocs,
  type Generator,
  hasErrors,
  writeOutput,
} from '@hookwright/compiler';
import type { Command } from 'commander';
import { CliExit, type CliIo } from '../io.js';
import { reportDiagnostics } from '../report.js';
import { resolveSettings, type SettingsFlags } from '../settings.js';
import { addLoadFlags } from './load-options.js';

interface DocsFlags extends SettingsFlags {
  format: string;
  timings?: boolean;
}

const FORMATS: readonly DocsFormat[] = ['html', 'markdown'];

/**
 * `hookwright docs <doc> --out <dir> [--format markdown]`: the event catalog alone, without the
 * packages. Examples are checked first (an invalid example is an error, as in `generate`).
 */
export function registerDocs(program: Command, io: CliIo, generator: () => Generator): void {
  addLoadFlags(
    program
      .command('docs')
      .description('write the event catalog: one self-contained index.html, or Markdown')
      .argument('[document]', 'AsyncAPI entry document, YAML or JSON (default: "input" of the config file)')
      .requiredOption('-o, --out <dir>', 'output directory, replaced as a whole')
      .option('--format <format>', 'html (one index.html) or markdown (<name>.md)', 'html')
      .option('--timings', 'print a JSON line with phase timings to stderr'),
  ).action(async (document: string | undefined, flags: DocsFlags) => {
    const format = flags.format as DocsFormat;
    if (!FORMATS.includes(format)) {
      io.stderr(`hookwright docs: unknown --format ${JSON.stringify(flags.format)}: use html or markdown\n`);
      throw new CliExit(1);
    }
    const started = performance.now();
    const { settings, diagnostics } = await resolveSettings(document, flags);
    reportDiagnostics(io, diagnostics);
    if (!settings) throw new CliExit(1);
    const loaded = await generator().load(settings.document, settings.options);
    const loadMs = performance.now() - started;
    const contract = loaded.contract;
    const checked = contract && !hasErrors(loaded.diagnostics) ? checkExamples(contract) : [];
    if (!contract || hasErrors(loaded.diagnostics) || hasErrors(checked)) {
      reportDiagnostics(io, [...loaded.diagnostics, ...checked]);
      throw new CliExit(1);
    }
    const docs = emitDocs(contract, { format });
    reportDiagnostics(io, [...loaded.diagnostics, ...checked, ...docs.diagnostics]);
    const docsMs = performance.now() - started - loadMs;
    await writeOutput(flags.out!, docs.files);
    const totalMs = performance.now() - started;
    if (flags.timings)
      io.stderr(
        `${JSON.stringify({ loadMs: round(loadMs), docsMs: round(docsMs), totalMs: round(totalMs) })}\n`,
      );
    io.stderr(`wrote ${Object.keys(docs.files).join(', ')} to ${flags.out}\n`);
  });
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
