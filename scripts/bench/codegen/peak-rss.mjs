// Preloaded into every benchmarked process (`node --import <this file> ...`): on exit, writes
// the process's peak resident set size, worker threads included, as one stderr line
// `peak-rss {"maxRssKb":N}`. /usr/bin/time -v is not on every machine, and the line does not
// start with "{", so the CLI's own `--timings` JSON line stays the last JSON line.
process.on('exit', () => {
  process.stderr.write(`peak-rss ${JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS })}\n`);
});
