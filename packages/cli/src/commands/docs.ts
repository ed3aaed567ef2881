import {
  compileExamples,
  type DocsFormat,
  diagnosticAtPointer,
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
 * `--timings` prints `parseMs` (reading and parser validation), `docsMs` (checking examples and
 * rendering, overlapped with the parser's validation on its worker thread) and `totalMs`.
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
    let docsMs = 0;
    // The contract is compiled once: for its examples, then for the examples the docs synthesise.
    const { loaded, output } = await generator().loadWith(settings.document, settings.options, (contract) => {
      const begun = performance.now();
      const { diagnostics: checked, validators } = compileExamples(contract);
      const docs = hasErrors(checked) ? undefined : emitDocs(contract, { format, validators });
      docsMs = performance.now() - begun;
      return { checked, docs };
    });
    const emitted = [...(output?.checked ?? []), ...(output?.docs?.diagnostics ?? [])];
    const all = [...loaded.diagnostics, ...emitted.map((d) => diagnosticAtPointer(d, loaded))];
    reportDiagnostics(io, all);
    if (!output?.docs || hasErrors(all)) throw new CliExit(1);
    await writeOutput(flags.out!, output.docs.files);
    const totalMs = performance.now() - started;
    if (flags.timings) {
      const parseMs = loaded.timings.readMs + loaded.timings.parseMs;
      const timings = { parseMs, docsMs, totalMs };
      io.stderr(
        `${JSON.stringify(Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, round(v)])))}\n`,
      );
    }
    io.stderr(`wrote ${Object.keys(output.docs.files).join(', ')} to ${flags.out}\n`);
  });
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
