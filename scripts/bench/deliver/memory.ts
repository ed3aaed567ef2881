/**
 * `--memory <messages>`: send that many messages through ours at full speed, with at most one batch
 * queued ahead of delivery, and print the heap after a full GC (run node with `--expose-gc`) every
 * tenth of the way. Flat means the last samples are not above the early ones beyond noise: a delivered
 * message leaves nothing behind in the queue or the sender.
 */
import type { Contender } from './contenders.js';

const MiB = 1024 * 1024;

export async function memoryRun(ours: { run: Contender }, messages: number): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) throw new Error('run with node --expose-gc --import tsx for --memory');
  const step = Math.max(1000, Math.round(messages / 10));
  const chunk = Math.min(2000, step);
  console.log(`memory: ${messages} messages through the sender, heap after GC every ${step}`);
  const samples: { sent: number; heap: number; rss: number }[] = [];
  const started = Date.now();
  for (let sent = 0; sent < messages; ) {
    const n = Math.min(chunk, messages - sent);
    await ours.run(n);
    sent += n;
    if (sent % step === 0 || sent === messages) {
      gc();
      const { heapUsed, rss } = process.memoryUsage();
      samples.push({ sent, heap: heapUsed / MiB, rss: rss / MiB });
      console.log(
        `  ${String(sent).padStart(8)} sent  heap ${(heapUsed / MiB).toFixed(1)} MiB  rss ${(rss / MiB).toFixed(1)} MiB`,
      );
    }
  }
  const seconds = (Date.now() - started) / 1000;
  const first = samples[0]!;
  const last = samples.at(-1)!;
  const peak = Math.max(...samples.map((s) => s.heap));
  console.log(
    `${messages} delivered in ${seconds.toFixed(1)} s (${(messages / seconds).toFixed(0)}/s); heap after GC ` +
      `${first.heap.toFixed(1)} MiB at ${first.sent} -> ${last.heap.toFixed(1)} MiB at ${last.sent} (peak ${peak.toFixed(1)} MiB)`,
  );
}
