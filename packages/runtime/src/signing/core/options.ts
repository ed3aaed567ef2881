import { InvalidOptionError } from './errors.js';

/** Checks that an options argument is an object, so a missing one fails with a clear message. */
export function requireObject<T>(value: T, name: string): T {
  if (value === null || typeof value !== 'object') {
    throw new InvalidOptionError(name, `expected an object, got ${value === null ? 'null' : typeof value}`);
  }
  return value;
}

/** The injected clock, or `Date.now`. */
export function resolveClock(now: (() => number) | undefined): () => number {
  if (now === undefined) return Date.now;
  if (typeof now !== 'function') {
    throw new InvalidOptionError('now', `expected a function returning milliseconds, got ${typeof now}`);
  }
  return now;
}
