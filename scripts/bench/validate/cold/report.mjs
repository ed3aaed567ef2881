/**
 * The one stdout line every cold-start child ends with: phase times measured inside the process,
 * their sum from just before the first import to just after the first validation, and how long the
 * process had been alive by then (`performance.now()` counts from process start).
 */
export function report(phases, valid) {
  const totalMs = Object.values(phases).reduce((sum, ms) => sum + ms, 0);
  process.stdout.write(
    `${JSON.stringify({ phases, totalMs, sinceProcessStartMs: performance.now(), valid })}\n`,
  );
}
