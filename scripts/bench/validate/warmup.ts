import type { BenchCase } from '../lib/index.js';

export interface WarmupOptions {
  /** Length of one window, ms. */
  windowMs: number;
  /** Steady: the last `windows` windows are all within this fraction of their mean. */
  tolerance: number;
  windows: number;
  /** Keep going at least this long, even when the speed looks steady sooner (a plateau before V8 tiers up), ms. */
  minMs: number;
  /** Give up (and say so) after this long, ms. */
  maxMs: number;
  now: () => number;
}

export interface Warmup {
  /** Time spent, ms on `now`'s clock. */
  ms: number;
  steady: boolean;
}

/**
 * Runs a sync case in windows until its throughput stops moving. Validators for 200 events are a
 * lot of code for V8: measured alone on the 2-core machine they took 2-3 s of CPU time to reach a
 * steady speed (tier-up, deoptimization when mutated inputs bring new object shapes, re-optimization),
 * and a fixed warm-up short of that made whichever case was timed first look slowest.
 *
 * @example
 * const { ms, steady } = warmUntilSteady(benchCase, { windowMs: 100, tolerance: 0.1, windows: 4, minMs: 3000, maxMs: 10000, now: cpuClock });
 */
export function warmUntilSteady(benchCase: BenchCase, options: WarmupOptions): Warmup {
  if (benchCase.kind === 'async') throw new Error('warmUntilSteady takes sync cases');
  const started = options.now();
  const rates: number[] = [];
  while (options.now() - started < options.maxMs) {
    const windowStart = options.now();
    let operations = 0;
    let elapsed = 0;
    do {
      for (let i = 0; i < 256; i++) benchCase.run();
      operations += 256;
      elapsed = options.now() - windowStart;
    } while (elapsed < options.windowMs);
    rates.push(operations / elapsed);
    const ms = options.now() - started;
    if (ms >= options.minMs && isSteady(rates.slice(-options.windows), options)) return { ms, steady: true };
  }
  return { ms: options.now() - started, steady: false };
}

function isSteady(last: readonly number[], options: WarmupOptions): boolean {
  if (last.length < options.windows) return false;
  const mean = last.reduce((sum, rate) => sum + rate, 0) / last.length;
  return last.every((rate) => Math.abs(rate - mean) <= options.tolerance * mean);
}
