import type { SenderClock } from '../../../src/sender/index.js';

/** A clock that moves only when told to, with timers that fire as it passes them. */
export interface FakeClock extends SenderClock {
  /** Moves to `time`, firing every timer due on the way, in order. */
  advanceTo(time: number): void;
  advance(ms: number): void;
  /** When the earliest timer is due, or undefined. */
  nextTimerAt(): number | undefined;
}

export function createFakeClock(start = Date.UTC(2026, 0, 1)): FakeClock {
  let now = start;
  let ids = 0;
  const timers = new Map<number, { at: number; callback: () => void }>();
  const earliest = () => {
    let found: [number, { at: number; callback: () => void }] | undefined;
    for (const entry of timers) if (!found || entry[1].at < found[1].at) found = entry;
    return found;
  };
  const clock: FakeClock = {
    now: () => now,
    setTimeout(callback, ms) {
      const id = ++ids;
      timers.set(id, { at: now + Math.max(0, ms), callback });
      return id;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    advanceTo(time) {
      for (let next = earliest(); next && next[1].at <= time; next = earliest()) {
        timers.delete(next[0]);
        now = Math.max(now, next[1].at);
        next[1].callback();
      }
      now = Math.max(now, time);
    },
    advance(ms) {
      clock.advanceTo(now + ms);
    },
    nextTimerAt: () => earliest()?.[1].at,
  };
  return clock;
}

/** Waits (real time) until `condition()` holds; fails after `timeoutMs` saying what it waited for. */
export async function waitFor(condition: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}
