/** Clocks in milliseconds for `runInterleaved`'s `now` option. */

/** Elapsed real time. Right on a quiet machine; on a shared one it also counts time spent descheduled. */
export const wallClock = (): number => performance.now();

/**
 * CPU time consumed by this process (user + system, all threads), in milliseconds. On a machine shared
 * with other work it measures what an operation costs rather than how long it waited for a core.
 * Only meaningful for work done in this process (no I/O, no child processes).
 */
export const cpuClock = (): number => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
