import { dirname, resolve } from 'node:path';
import {
  createSourceLocator,
  DIFF_FORMATS,
  type DiffFormat,
  type DiffSide,
  diffContracts,
  failed,
  formatDiff,
  type Generator,
  type GitSide,
  isGitSide,
  type LoadOptions,
  readGitSide,
} from '@hookwright/compiler';
import { type Command, Option } from 'commander';
import { CliExit, type CliIo } from '../io.js';
import { printDiagnostics } from '../report.js';
import { resolveSettings, type SettingsFlags } from '../settings.js';
import { displayPath } from './display-path.js';
import { addLoadFlags } from './load-options.js';

interface DiffFlags extends SettingsFlags {
  format: DiffFormat;
  failOn?: 'undecided';
}

/** Exit codes: 0 no breaking change, 1 breaking (see --fail-on), 2 a side could not be loaded. */
export function registerDiff(program: Command, io: CliIo, generator: () => Generator): void {
  addLoadFlags(
    program
      .command('diff')
      .description('classify every change between two versions of a contract; exit 1 when one breaks')
      .argument(
        '<old>',
        'the published contract: a file, or git:<ref>:<path> (e.g. git:origin/main:asyncapi.yaml)',
      )
      .argument('<new>', 'the changed contract: a file, or git:<ref>:<path>')
      .addOption(new Option('-f, --format <format>', 'output format').choices(DIFF_FORMATS).default('text'))
      .addOption(
        new Option('--fail-on <impact>', 'also exit 1 on changes of this impact').choices(['undecided']),
      ),
  ).action(async (oldSpec: string, newSpec: string, flags: DiffFlags) => {
    const { settings, diagnostics } = await resolveSettings(oldSpec, flags);
    printDiagnostics(io, diagnostics);
    if (!settings) throw new CliExit(2);
    const loaded: LoadedSide[] = [];
    try {
      for (const spec of [oldSpec, newSpec]) {
        const side = await loadSide(io, generator(), spec, settings.options);
        if (!side) throw new CliExit(2);
        loaded.push(side);
      }
      // Locations are looked up while formatting: git sides stay on disk until then.
      const result = diffContracts(loaded[0]!.side, loaded[1]!.side);
      const options = { failOnUndecided: flags.failOn === 'undecided' };
      io.stdout(formatDiff(result, flags.format, options));
      if (failed(result, options)) throw new CliExit(1);
    } finally {
      await Promise.all(loaded.map((l) => l.dispose()));
    }
  });
}

interface LoadedSide {
  side: DiffSide;
  dispose(): Promise<void>;
}

/** Loads one side (a file or `git:<ref>:<path>`); prints diagnostics and returns undefined on errors. */
async function loadSide(
  io: CliIo,
  generator: Generator,
  spec: string,
  options: LoadOptions,
): Promise<LoadedSide | undefined> {
  let git: GitSide | undefined;
  try {
    if (isGitSide(spec)) git = await readGitSide(spec);
  } catch (error) {
    io.stderr(`hookwright diff: ${error instanceof Error ? error.message : String(error)}\n`);
    return undefined;
  }
  const dispose = async () => git?.dispose();
  const entry = git ? git.entry : resolve(spec);
  const result = await generator.load(entry, git ? { ...options, cwd: git.cwd } : options);
  printDiagnostics(
    io,
    git ? result.diagnostics.map((d) => ({ ...d, file: git.displayPath(d.file) })) : result.diagnostics,
  );
  if (!result.contract) {
    await dispose();
    return undefined;
  }
  const base = dirname(entry);
  return {
    side: {
      contract: result.contract,
      locate: createSourceLocator(base),
      displayFile: git ? git.displayFile : (file) => displayPath(resolve(base, file)),
    },
    dispose,
  };
}
