/** Time as the sender sees it: injectable, so tests move a fake clock instead of waiting. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The sender's clock: `now()` in milliseconds since the epoch plus the timers that go with it. */
export interface SenderClock extends Timers {
  now(): number;
}

/** The real clock. */
export const systemClock: SenderClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Lets a timer not keep the process alive, when the clock's handles support it (Node's do). */
export function unref(handle: unknown): void {
  (handle as { unref?: () => void } | undefined)?.unref?.();
}
