// Preloaded into every benchmarked process (`node --import <this file> ...`): on exit, writes
// the process's peak resident set size and CPU time, worker threads included, as one stderr
// line `peak-rss {"maxRssKb":N,"cpuMs":M}`. /usr/bin/time -v is not on every machine, and the
// line does not start with "{", so the CLI's own `--timings` JSON line stays the last JSON line.
// CPU time is the steadier figure on a loaded machine, where wall time mostly measures the queue.
process.on('exit', () => {
  const usage = process.resourceUsage();
  const cpuMs = Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000);
  process.stderr.write(`peak-rss ${JSON.stringify({ maxRssKb: usage.maxRSS, cpuMs })}\n`);
});
