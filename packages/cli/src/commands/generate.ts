import type { Generator } from '@hookwright/compiler';
import type { Command } from 'commander';
import { CliExit, type CliIo } from '../io.js';
import { reportDiagnostics } from '../report.js';
import { resolveSettings } from '../settings.js';
import { finishGenerate, type GenerateFlags, type OutputSettings } from './generate-output.js';
import { watchedGenerate } from './generate-watch.js';
import { limitHeapGrowth } from './heap-growth.js';
import { addLoadFlags } from './load-options.js';
import { preferParserThread } from './parser-priority.js';
import { watchInputs } from './watch.js';

export function registerGenerate(program: Command, io: CliIo, generator: () => Generator): void {
  addLoadFlags(
    program
      .command('generate')
      .description('compile an AsyncAPI document into typed packages')
      .argument('[document]', 'AsyncAPI entry document, YAML or JSON (default: "input" of the config file)')
      .option('-o, --out <dir>', 'output directory, replaced as a whole (default: "out" of the config file)')
      .option('--check', 'write nothing; exit 1 and list every stale or missing file')
      .option('--docs', 'also write the HTML event catalog to <out>/docs/index.html (config: "docs": true)')
      .option('--no-docs', 'do not write the catalog, whatever the config file says')
      .option('--timings', 'print a JSON line with phase timings to stderr')
      .option('-w, --watch', 'regenerate whenever an input file changes'),
  ).action(async (document: string | undefined, given: GenerateFlags) => {
    const { settings, diagnostics } = await resolveSettings(document, given);
    reportDiagnostics(io, diagnostics);
    if (!settings) throw new CliExit(1);
    if (settings.out === undefined) {
      io.stderr(
        'hookwright generate: no output directory: pass --out <dir> or set "out" in the config file\n',
      );
      throw new CliExit(1);
    }
    const target = settings as OutputSettings;
    const flags = { ...given, docs: given.docs ?? settings.docs ?? false };
    if (!flags.watch) {
      // One run, whose peak RSS counts. Watch mode keeps V8's default growth: a tighter heap there
      // means more collections inside every edit's latency.
      limitHeapGrowth();
      preferParserThread();
      const result = await generator().generate(target.document, target.options);
      const { code } = await finishGenerate(io, result, target, flags);
      if (code !== 0) throw new CliExit(code);
      return;
    }
    await watchInputs(io, watchedGenerate(io, generator(), target, flags), () => generator().lastInputs());
  });
}
