/** Where the CLI writes: injectable so tests run commands in-process and read what they printed. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** stdout is a terminal: commands may colour, pretty-print and truncate (trigger, listen). */
  isTTY?: boolean;
}

export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: process.stdout.isTTY === true,
};

/** Thrown to end a command with an exit code after its output has been printed. */
export class CliExit extends Error {
  override readonly name = 'CliExit';
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`);
  }
}
