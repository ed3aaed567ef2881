import { watch } from 'node:fs';
import type { CliIo } from '../io.js';

/**
 * Runs `run` now and again after any input file changes (debounced). The generator keeps its
 * parser and last result, so unchanged inputs cost almost nothing. Ends on SIGINT.
 */
export async function watchInputs(
  io: CliIo,
  run: () => Promise<number>,
  inputs: () => string[],
): Promise<void> {
  let watchers: ReturnType<typeof watch>[] = [];
  let timer: NodeJS.Timeout | undefined;
  const rewatch = () => {
    for (const w of watchers) w.close();
    watchers = inputs().map((file) => watch(file, schedule));
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      await run();
      rewatch();
    }, 50);
  };
  await run();
  rewatch();
  io.stderr('watching for changes (Ctrl-C to stop)\n');
  await new Promise<void>((resolve) => {
    process.once('SIGINT', () => {
      for (const w of watchers) w.close();
      clearTimeout(timer);
      resolve();
    });
  });
}
