/**
 * Starting the AsyncAPI validation worker before anything heavy is imported. The parser takes
 * about half a second to load in the worker; the main thread needs about as long to load the
 * emitters (TypeScript, ajv). Started first, the two loads overlap on two cores instead of the
 * worker starting only once the main thread has finished importing. This module imports nothing
 * heavy so that the CLI's entry can load and call it first.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/** The compiled worker entry, next to this module in `dist/`. */
export const workerEntry = new URL('./validation-worker.js', import.meta.url);

/**
 * True when a worker thread is worth it: the compiled entry exists beside this module (not so
 * when running from TypeScript sources under vitest) and the machine has a second CPU (on one,
 * a second thread only adds its own module loading and warm-up).
 */
export function canValidateOnWorker(): boolean {
  return (
    workerEntry.protocol === 'file:' && existsSync(fileURLToPath(workerEntry)) && availableParallelism() > 1
  );
}

let early: Worker | undefined;

/**
 * Spawns the validation worker now; the first `WorkerValidator` of the process adopts it. Does
 * nothing where a worker would not be used. The thread never keeps the process alive.
 *
 * @example
 * startValidationWorkerEarly();
 * const { runCli } = await import('./cli.js');
 */
export function startValidationWorkerEarly(): void {
  if (early || !canValidateOnWorker()) return;
  const worker = new Worker(workerEntry);
  // A worker that fails before anyone adopts it is dropped; the adopter then starts its own.
  worker.once('error', () => {
    if (early === worker) early = undefined;
  });
  worker.unref();
  early = worker;
}

/** The early worker for `entry`, once; undefined when none was started. */
export function adoptEarlyWorker(entry: URL): Worker | undefined {
  if (!early || entry.href !== workerEntry.href) return undefined;
  const worker = early;
  early = undefined;
  return worker;
}
