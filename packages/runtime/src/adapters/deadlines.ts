/**
 * Body deadlines for the Node adapter, checked by one shared interval instead of a timer per request:
 * a `setTimeout` + `clearTimeout` pair per request showed as about 3.5% of the receiver's CPU time in
 * profiles of scripts/bench/receiver. A deadline fires up to one tick late; the tick is a tenth of the
 * shortest timeout in use (between 5 ms and 1 s). Not used on Web runtimes, where a timer created in
 * one request's context must not settle another's (workerd refuses that).
 */

interface Watch {
  deadline: number;
  expire(): void;
}

const watched = new Set<Watch>();
let ticker: ReturnType<typeof setInterval> | undefined;
let tickMs = Number.POSITIVE_INFINITY;

function tick(): void {
  if (watched.size === 0) {
    // Stopped lazily, so a server between requests does not start and stop it every time.
    clearInterval(ticker);
    ticker = undefined;
    return;
  }
  const now = Date.now();
  for (const watch of watched) {
    if (watch.deadline <= now) {
      watched.delete(watch);
      watch.expire();
    }
  }
}

/** Calls `expire` once `ms` have passed, unless `cancel` is called first. */
export function watchDeadline(ms: number, expire: () => void): { cancel(): void } {
  const watch: Watch = { deadline: Date.now() + ms, expire };
  watched.add(watch);
  const wanted = Math.min(1000, Math.max(5, Math.floor(ms / 10)));
  if (ticker === undefined || wanted < tickMs) {
    clearInterval(ticker);
    tickMs = wanted;
    ticker = setInterval(tick, tickMs);
    // Never keep a process alive just to watch for slow bodies.
    (ticker as { unref?: () => void }).unref?.();
  }
  return { cancel: () => watched.delete(watch) };
}
