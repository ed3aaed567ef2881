import { watch } from 'node:fs';
import type { CliIo } from '../io.js';

/**
 * Quiet time after a change event before rebuilding: an editor's save often fires several
 * events, and the rebuild should read the file once, complete. Short, as it is part of the
 * latency a user sees.
 */
const DEBOUNCE_MS = 30;

/**
 * Runs `run` now and again after any input file changes (debounced), one run at a time: a change
 * during a run starts one more run when it ends. The generator keeps its parser and last result,
 * so unchanged inputs cost almost nothing. A run that throws is reported and watching goes on.
 * Ends on SIGINT.
 */
export async function watchInputs(
  io: CliIo,
  run: () => Promise<number>,
  inputs: () => string[],
): Promise<void> {
  let watchers: ReturnType<typeof watch>[] = [];
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let changedMeanwhile = false;
  let stopped = false;
  const rewatch = () => {
    for (const w of watchers) w.close();
    // A run still going when Ctrl-C came must not start watching again: that would keep the process alive.
    watchers = stopped ? [] : inputs().map((file) => watch(file, schedule));
  };
  const runOnce = async () => {
    try {
      await run();
    } catch (error) {
      io.stderr(
        `hookwright generate failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
    }
    rewatch();
  };
  const rebuild = () => {
    if (stopped) return;
    if (running) {
      changedMeanwhile = true;
      return;
    }
    running = (async () => {
      do {
        changedMeanwhile = false;
        await runOnce();
      } while (changedMeanwhile);
      running = undefined;
    })();
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(rebuild, DEBOUNCE_MS);
  };
  await runOnce();
  io.stderr('watching for changes (Ctrl-C to stop)\n');
  await new Promise<void>((resolve) => {
    process.once('SIGINT', () => {
      stopped = true;
      for (const w of watchers) w.close();
      clearTimeout(timer);
      resolve();
    });
  });
}
