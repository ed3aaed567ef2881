import { getPriority, setPriority } from 'node:os';

/**
 * How many nice levels below the parser's worker thread the thread that started it runs: at +5,
 * Linux's scheduler gives it about a third of the worker's share of a core when both want one.
 */
export const STARTER_NICE_STEP = 5;

let lowered = false;

/**
 * Lowers the calling thread's scheduling priority by `STARTER_NICE_STEP` nice levels, once per
 * process; returns whether it did. Linux only: there a nice value belongs to a thread
 * (`setpriority` on pid 0 is the calling thread), so threads started before the call (the parser's
 * worker, V8's compiler and GC threads) keep theirs. Elsewhere it belongs to the process and would
 * lower the worker too. An unprivileged thread cannot raise its priority back: this is for
 * processes that end with the work it speeds up. Never throws.
 */
export function lowerCallingThreadPriority(): boolean {
  if (lowered || process.platform !== 'linux') return false;
  try {
    setPriority(0, Math.min(19, getPriority(0) + STARTER_NICE_STEP));
    lowered = true;
    return true;
  } catch {
    return false;
  }
}
