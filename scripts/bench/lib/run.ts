import { wallClock } from './clocks.js';
import { median } from './stats.js';

/** One thing to measure. `run` is called in a tight loop; async cases are awaited call by call. */
export type BenchCase =
  | { name: string; kind?: 'sync'; run: () => unknown }
  | { name: string; kind: 'async'; run: () => Promise<unknown> };

export interface RunOptions {
  /** Measured rounds; each round measures every case once. Default 7. */
  rounds?: number;
  /** Length of one measurement, in milliseconds. Default 250. */
  sampleMs?: number;
  /** Unmeasured warm-up per case before the first round (JIT, caches), in milliseconds. Default 200. */
  warmupMs?: number;
  /** Clock in milliseconds (`wallClock`, `cpuClock`, or a fake in tests). Default `wallClock`. */
  now?: () => number;
  /** Called before each measurement, e.g. to print progress. */
  onSample?: (caseName: string, round: number) => void;
}

export interface CaseResult {
  name: string;
  /** Operations per second, one per round. */
  samples: number[];
  median: number;
}

/**
 * Measures every case for `rounds` rounds, interleaved: round r runs all cases, starting at case
 * r mod n, so slow drift of the machine (thermal, other processes on a shared box) spreads over all
 * cases instead of penalising whichever ran last. Reports operations per second per round.
 */
export async function runInterleaved(
  cases: readonly BenchCase[],
  options: RunOptions = {},
): Promise<CaseResult[]> {
  const { rounds = 7, sampleMs = 250, warmupMs = 200, now = wallClock } = options;
  for (const benchCase of cases) await measure(benchCase, warmupMs, now);
  const samples = cases.map(() => [] as number[]);
  for (let round = 0; round < rounds; round++) {
    for (let step = 0; step < cases.length; step++) {
      const index = (round + step) % cases.length;
      const benchCase = cases[index]!;
      options.onSample?.(benchCase.name, round);
      samples[index]!.push(await measure(benchCase, sampleMs, now));
    }
  }
  return cases.map((benchCase, index) => ({
    name: benchCase.name,
    samples: samples[index]!,
    median: median(samples[index]!),
  }));
}

/** Operations per second of one case over about `durationMs`, in doubling batches to keep timer reads rare. */
async function measure(benchCase: BenchCase, durationMs: number, now: () => number): Promise<number> {
  let operations = 0;
  let batch = 1;
  const start = now();
  let elapsed = 0;
  do {
    if (benchCase.kind === 'async') {
      for (let i = 0; i < batch; i++) await benchCase.run();
    } else {
      for (let i = 0; i < batch; i++) benchCase.run();
    }
    operations += batch;
    if (batch < 4096) batch *= 2;
    elapsed = now() - start;
  } while (elapsed < durationMs);
  return operations / (elapsed / 1000);
}
