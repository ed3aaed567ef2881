/** Runs the CLI in-process with captured output; one generator per test file (the parser is slow to start). */
import { createGenerator } from '@hookwright/compiler';
import { runCli } from '../src/cli.js';

export function cliRunner() {
  const generator = createGenerator();
  const run = async (...argv: string[]) => {
    const out = { stdout: '', stderr: '' };
    const io = {
      stdout: (text: string) => {
        out.stdout += text;
      },
      stderr: (text: string) => {
        out.stderr += text;
      },
    };
    const code = await runCli(argv, io, generator);
    return { code, ...out };
  };
  return { run, close: () => generator.close() };
}
