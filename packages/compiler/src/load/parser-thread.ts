/**
 * Where the parser's worker thread comes from: its compiled entry, its heap caps, and whether a
 * thread is worth it on this machine.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { ResourceLimits } from 'node:worker_threads';

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
