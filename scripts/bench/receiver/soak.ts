/**
 * `--soak <seconds>`: ours under constant load, heap and RSS sampled every 5 s after a full GC (run
 * node with `--expose-gc`). Flat means the last samples are not above the first steady ones beyond
 * noise: the idempotency store is bounded, nothing else keeps per-request state.
 */
import type { Contender } from './contenders.js';
import { runLoad } from './load.js';

const MiB = 1024 * 1024;

export async function soak(contender: Contender, seconds: number, connections: number): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) throw new Error('run with node --expose-gc --import tsx for a soak');
  console.log(
    `soak: ${contender.name} for ${seconds} s, ${connections} connections; heap and RSS after GC every 5 s`,
  );
  const lines: { t: number; heap: number; rss: number; rate: number }[] = [];
  for (let t = 5; t <= seconds; t += 5) {
    const result = await runLoad(contender.port, contender.makeRequest, { connections, durationMs: 5000 });
    if (result.failures > 0) throw new Error(`${result.failures} requests failed during the soak`);
    gc();
    const { heapUsed, rss } = process.memoryUsage();
    const line = { t, heap: heapUsed / MiB, rss: rss / MiB, rate: result.completed / result.seconds };
    lines.push(line);
    console.log(
      `  ${String(t).padStart(4)} s  ${line.rate.toFixed(0).padStart(6)} req/s  heap ${line.heap.toFixed(1)} MiB  rss ${line.rss.toFixed(1)} MiB`,
    );
  }
  // The memory store fills up to its bound (100,000 ids, two generations) during the first half at
  // these rates; flat means the second half's peak is not above the first half's beyond noise.
  const half = Math.floor(lines.length / 2);
  const range = (part: typeof lines, key: 'heap' | 'rss') => {
    const values = part.map((line) => line[key]);
    return `${Math.min(...values).toFixed(1)}..${Math.max(...values).toFixed(1)}`;
  };
  const first = lines.slice(0, half);
  const second = lines.slice(half);
  console.log(
    `heap after GC: ${range(first, 'heap')} MiB in the first half, ${range(second, 'heap')} MiB in the second; ` +
      `rss ${range(first, 'rss')} -> ${range(second, 'rss')} MiB`,
  );
}
