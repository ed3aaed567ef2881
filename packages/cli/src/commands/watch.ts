import { type FSWatcher, watch } from 'node:fs';
import { basename, dirname } from 'node:path';
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
 *
 * The folders of the inputs are watched, not the files: an editor that saves by renaming a new
 * file over the old one replaces the inode a file watch would follow. A folder's watch stays open
 * from run to run, so a change made while the watched set is brought up to date is not missed.
 */
export async function watchInputs(
  io: CliIo,
  run: () => Promise<number>,
  inputs: () => string[],
): Promise<void> {
  const folders = new Map<string, { watcher: FSWatcher; names: Set<string> }>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let changedMeanwhile = false;
  let stopped = false;
  const rewatch = () => {
    // A run still going when Ctrl-C came must not start watching again: that would keep the process alive.
    if (stopped) return;
    const wanted = new Map<string, Set<string>>();
    for (const file of inputs()) {
      const names = wanted.get(dirname(file)) ?? new Set<string>();
      names.add(basename(file));
      wanted.set(dirname(file), names);
    }
    for (const [folder, { watcher }] of folders) {
      if (wanted.has(folder)) continue;
      watcher.close();
      folders.delete(folder);
    }
    for (const [folder, names] of wanted) {
      const open = folders.get(folder);
      if (open) {
        open.names = names;
        continue;
      }
      const watched = {
        names,
        watcher: watch(folder, (_event, name) => {
          if (name === null || watched.names.has(name.toString())) schedule();
        }),
      };
      folders.set(folder, watched);
    }
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
      for (const { watcher } of folders.values()) watcher.close();
      clearTimeout(timer);
      resolve();
    });
  });
}
