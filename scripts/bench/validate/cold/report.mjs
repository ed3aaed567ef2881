/**
 * The one stdout line every cold-start child ends with: phase times measured inside the process,
 * their sum from just before the first import to just after the first validation, the CPU time the
 * process used over the same span (all threads: V8 also compiles and collects garbage off the main
 * thread; unlike elapsed time it does not grow while the process waits for a core), and how long the
 * process had been alive by then (`performance.now()` counts from process start).
 */
export function report(phases, valid, cpuSince) {
  const totalMs = Object.values(phases).reduce((sum, ms) => sum + ms, 0);
  const cpu = process.cpuUsage(cpuSince);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  process.stdout.write(
    `${JSON.stringify({ phases, totalMs, cpuMs, sinceProcessStartMs: performance.now(), valid })}\n`,
  );
}
