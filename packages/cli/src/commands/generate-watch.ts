import { type EmittedFiles, type Generator, writeOutput } from '@hookwright/compiler';
import type { CliIo } from '../io.js';
import { finishGenerate, type GenerateFlags, type OutputSettings, outputFiles } from './generate-output.js';

/**
 * One rebuild of `generate --watch`. The parser needs seconds on a large document while the IR
 * and the output take a fraction of that, so once some version has been accepted, each edit's
 * output is written as soon as it is emitted and the parser's verdict follows. When the parser
 * rejects the edit, its diagnostics are printed and the output goes back to the last accepted
 * version: the directory never stays on a document the parser refused. The first run (nothing to
 * go back to yet) and `--check` wait for the verdict, as plain `generate` does.
 */
export function watchedGenerate(
  io: CliIo,
  generator: Generator,
  settings: OutputSettings,
  flags: GenerateFlags,
): () => Promise<number> {
  /** What `settings.out` holds for the last version the parser accepted. */
  let accepted: EmittedFiles | undefined;
  return async () => {
    const started = performance.now();
    // Once the output goes out before the verdict, the parser waits until it is emitted: on a busy
    // machine it would only slow the output down, and the output is what the author waits for.
    const outputFirst = accepted !== undefined && !flags.check;
    const run = await generator.start(settings.document, settings.options, { validateOnSettle: outputFirst });
    const { draft } = run;
    const early = outputFirst && draft ? outputFiles(draft.files, draft.contract, flags) : undefined;
    // The output is made: the parser starts now, while it is written.
    const verdict = run.settle();
    verdict.catch(() => undefined); // awaited below, after the write (which may throw first)
    if (early) {
      await writeOutput(settings.out, early);
      io.stderr(
        `wrote ${Object.keys(early).length} files to ${settings.out} in ${elapsed(started)}; checking the document with the AsyncAPI parser\n`,
      );
    }
    const result = await verdict;
    const written = early && result.files === draft?.files ? early : undefined;
    const { code, files } = await finishGenerate(io, result, settings, flags, written);
    if (written) io.stderr(`the AsyncAPI parser accepted it (${elapsed(started)})\n`);
    if (files) {
      accepted = files;
    } else if (early && accepted) {
      await writeOutput(settings.out, accepted);
      io.stderr(
        `${settings.out} is back to the output of the last accepted version (this one was written before the parser's verdict)\n`,
      );
    }
    return code;
  };
}

function elapsed(since: number): string {
  return `${Math.round(performance.now() - since)} ms`;
}
