import {
  checkOutput,
  type EmittedFiles,
  emitDocs,
  type GenerateResult,
  type Generator,
  writeOutput,
} from '@hookwright/compiler';
import type { Command } from 'commander';
import { CliExit, type CliIo } from '../io.js';
import { reportDiagnostics } from '../report.js';
import { resolveSettings, type Settings, type SettingsFlags } from '../settings.js';
import { addLoadFlags } from './load-options.js';
import { watchInputs } from './watch.js';

interface GenerateFlags extends SettingsFlags {
  check?: boolean;
  docs?: boolean;
  timings?: boolean;
  watch?: boolean;
}

export function registerGenerate(program: Command, io: CliIo, generator: () => Generator): void {
  addLoadFlags(
    program
      .command('generate')
      .description('compile an AsyncAPI document into typed packages')
      .argument('[document]', 'AsyncAPI entry document, YAML or JSON (default: "input" of the config file)')
      .option('-o, --out <dir>', 'output directory, replaced as a whole (default: "out" of the config file)')
      .option('--check', 'write nothing; exit 1 and list every stale or missing file')
      .option('--docs', 'also write the HTML event catalog to <out>/docs/index.html')
      .option('--timings', 'print a JSON line with phase timings to stderr')
      .option('-w, --watch', 'regenerate whenever an input file changes'),
  ).action(async (document: string | undefined, flags: GenerateFlags) => {
    const { settings, diagnostics } = await resolveSettings(document, flags);
    reportDiagnostics(io, diagnostics);
    if (!settings) throw new CliExit(1);
    if (settings.out === undefined) {
      io.stderr(
        'hookwright generate: no output directory: pass --out <dir> or set "out" in the config file\n',
      );
      throw new CliExit(1);
    }
    const run = () => generateOnce(io, generator(), settings as Settings & { out: string }, flags);
    if (!flags.watch) {
      const code = await run();
      if (code !== 0) throw new CliExit(code);
      return;
    }
    await watchInputs(io, run, () => generator().lastInputs());
  });
}

async function generateOnce(
  io: CliIo,
  generator: Generator,
  settings: Settings & { out: string },
  flags: GenerateFlags,
): Promise<number> {
  const result = await generator.generate(settings.document, settings.options);
  reportDiagnostics(io, result.diagnostics, flags.all);
  if (flags.timings) io.stderr(`${JSON.stringify(roundTimings(result))}\n`);
  if (!result.files || !result.contract) return 1;
  const files = flags.docs ? withDocs(result.files, result.contract) : result.files;
  if (flags.check) {
    const stale = await checkOutput(settings.out, files);
    for (const file of stale) io.stderr(`${settings.out}/${file.path}: ${file.reason}\n`);
    if (stale.length > 0) {
      io.stderr(`${stale.length} generated file(s) out of date: run hookwright generate without --check.\n`);
      return 1;
    }
    io.stderr(`${settings.out} is up to date.\n`);
    return 0;
  }
  await writeOutput(settings.out, files);
  io.stderr(`wrote ${Object.keys(files).length} files to ${settings.out}\n`);
  return 0;
}

/** The catalog under `docs/`; its example warnings were already reported by `generate`. */
function withDocs(files: EmittedFiles, contract: NonNullable<GenerateResult['contract']>): EmittedFiles {
  const docs = emitDocs(contract).files;
  const out = { ...files };
  for (const [path, text] of Object.entries(docs)) out[`docs/${path}`] = text;
  return out;
}

function roundTimings(result: GenerateResult): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, value] of Object.entries(result.timings)) out[key] = Math.round(value * 10) / 10;
  return out;
}
