/**
 * Where the parser's worker thread comes from: its compiled entry, its heap caps, whether a
 * thread is worth it on this machine, and a thread started ahead of the loader. Kept free of
 * other imports: the CLI loads this module alone, before anything else, to start the thread.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { type ResourceLimits, Worker } from 'node:worker_threads';

/** The compiled worker entry, next to this module in `dist/`. */
export const parserWorkerEntry = new URL('./validation-worker.js', import.meta.url);

/**
 * Heap caps for the parser's thread. V8 lets a heap grow further between full collections the
 * higher its limit: under the default limit (a quarter of the machine's memory) the parser's old
 * generation reaches about 200 MB before a collection finds some 50 MB alive (the large benchmark
 * contract), while under a 1 GB cap it is collected sooner, and a smaller young generation keeps
 * less besides. A generate of that contract peaks at about 385 MB instead of 520, and spends a few
 * percent less CPU time (docs/loading.md).
 * A document whose validation needs more than the cap is validated again without it.
 */
export const PARSER_HEAP_LIMITS: ResourceLimits = {
  maxOldGenerationSizeMb: 1024,
  maxYoungGenerationSizeMb: 16,
};

/**
 * Whether validation runs on a worker thread: only when the compiled worker entry exists beside
 * this module (the built package) and the machine has a second CPU. Run from TypeScript sources
 * (vitest) there is no `.js` entry that a worker thread could load, and on one CPU a second thread
 * only adds work (its own module loading and JIT warm-up) without running anything in parallel.
 */
export function parserThreadWorthIt(): boolean {
  return (
    parserWorkerEntry.protocol === 'file:' &&
    existsSync(fileURLToPath(parserWorkerEntry)) &&
    availableParallelism() > 1
  );
}

let early: Worker | undefined;

/**
 * Starts the parser's worker thread now, for the first `WorkerValidator` to take over; returns its
 * thread id, or undefined when a thread is not worth it here (or one is already waiting).
 *
 * Why: a `generate` ends when the parser on that thread does, and the thread spends its first
 * half second importing the parser. Started by `bin/hookwright.js` before the CLI's own modules
 * are imported (about 0.2 s), the import overlaps them: 0.91x wall on the 200-event benchmark
 * contract (docs/loading.md). A thread nobody takes never keeps the process alive, and one that
 * fails before it is taken is dropped, so the loader starts its own and reports that failure.
 */
export function startParserThread(): number | undefined {
  if (early || !parserThreadWorthIt()) return undefined;
  const worker = new Worker(parserWorkerEntry, { resourceLimits: PARSER_HEAP_LIMITS });
  const drop = () => {
    if (early === worker) early = undefined;
  };
  worker.on('error', drop);
  worker.on('exit', drop);
  worker.unref();
  early = worker;
  return worker.threadId;
}

/**
 * The thread `startParserThread` started, handed over once, to a validator that would start the
 * same one (same entry, same heap caps); undefined otherwise. The caller listens to it from now on.
 */
export function takeStartedParserThread(entry: URL, limits: ResourceLimits | undefined): Worker | undefined {
  const worker = early;
  if (!worker || entry.href !== parserWorkerEntry.href || limits !== PARSER_HEAP_LIMITS) return undefined;
  early = undefined;
  worker.removeAllListeners('error');
  worker.removeAllListeners('exit');
  return worker;
}
