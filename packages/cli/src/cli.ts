import { createGenerator, type Generator } from '@hookwright/compiler';
import { Command, CommanderError } from 'commander';
import { registerDeliveries } from './commands/deliveries.js';
import { registerDiff } from './commands/diff.js';
import { registerDocs } from './commands/docs.js';
import { registerGenerate } from './commands/generate.js';
import { registerInspect } from './commands/inspect.js';
import { registerLint } from './commands/lint.js';
import { registerListen } from './commands/listen.js';
import { registerTrigger } from './commands/trigger.js';
import { CliExit, type CliIo, processIo } from './io.js';

/** The `hookwright` program; one registrar per command. */
export function createProgram(io: CliIo = processIo, generator: Generator = createGenerator()): Command {
  const program = new Command('hookwright')
    .description('AsyncAPI webhook contracts -> typed sender and receiver packages')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  registerGenerate(program, io, () => generator);
  registerInspect(program, io, () => generator);
  registerDiff(program, io, () => generator);
  registerDocs(program, io, () => generator);
  registerLint(program, io, () => generator);
  registerTrigger(program, io, () => generator);
  registerListen(program, io, () => generator);
  registerDeliveries(program, io);
  return program;
}

/**
 * Runs the CLI in-process and resolves to its exit code instead of exiting.
 *
 * @example
 * const code = await runCli(['generate', 'asyncapi.yaml', '--out', 'generated']);
 */
export async function runCli(argv: string[], io: CliIo = processIo, generator?: Generator): Promise<number> {
  try {
    await createProgram(io, generator).parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CliExit) return error.exitCode;
    if (error instanceof CommanderError) return error.exitCode;
    io.stderr(`hookwright: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
