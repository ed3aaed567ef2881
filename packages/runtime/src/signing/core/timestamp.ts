import {
  InvalidOptionError,
  InvalidTimestampError,
  TimestampTooNewError,
  TimestampTooOldError,
} from './errors.js';

/** Default allowed distance between a message timestamp and the verifier's clock, both directions. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

/** Above this a "seconds" number is almost certainly `Date.now()` milliseconds (it is the year 5138). */
const MILLISECONDS_GUARD = 1e11;

const DIGITS = /^[0-9]+$/;

/** Parses a timestamp header value: ASCII digits only (no sign, point, exponent or spaces). */
export function parseTimestamp(value: string): number {
  if (!DIGITS.test(value)) {
    throw new InvalidTimestampError(value, 'expected Unix seconds as ASCII digits (^[0-9]+$)');
  }
  const seconds = Number(value);
  if (!Number.isSafeInteger(seconds)) throw new InvalidTimestampError(value, 'too large');
  return seconds;
}

/** Throws when `timestamp` lies outside `now ± toleranceSeconds`; `Infinity` disables the check. */
export function checkTolerance(timestamp: number, nowMs: number, toleranceSeconds: number): void {
  const now = Math.floor(nowMs / 1000);
  if (now - timestamp > toleranceSeconds) {
    throw new TimestampTooOldError({
      timestamp,
      now,
      toleranceSeconds,
      skewSeconds: now - timestamp - toleranceSeconds,
    });
  }
  if (timestamp - now > toleranceSeconds) {
    throw new TimestampTooNewError({
      timestamp,
      now,
      toleranceSeconds,
      skewSeconds: timestamp - now - toleranceSeconds,
    });
  }
}

/** Validates the `toleranceSeconds` option: a non-negative number, `Infinity` allowed explicitly. */
export function resolveTolerance(value: number | undefined): number {
  if (value === undefined) return DEFAULT_TOLERANCE_SECONDS;
  if (typeof value !== 'number' || Number.isNaN(value) || value < 0) {
    throw new InvalidOptionError(
      'toleranceSeconds',
      `expected a number of seconds >= 0 (Infinity disables the check), got ${String(value)}`,
    );
  }
  return value;
}

/** The Unix-seconds timestamp to sign with: the caller's (a `Date` or whole seconds) or the clock's. */
export function signingTimestamp(value: number | Date | undefined, now: () => number): number {
  if (value === undefined) return Math.floor(now() / 1000);
  if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isNaN(ms) || ms < 0)
      throw new InvalidTimestampError(String(value), 'the Date is invalid or before 1970');
    return Math.floor(ms / 1000);
  }
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new InvalidTimestampError(String(value), 'expected whole Unix seconds >= 0 or a Date');
  }
  if (value >= MILLISECONDS_GUARD) {
    throw new InvalidTimestampError(
      String(value),
      'this looks like milliseconds; pass seconds (Math.floor(Date.now() / 1000)) or a Date',
    );
  }
  return value;
}
