/**
 * When attempts happen. A schedule lists the delay before each attempt, in milliseconds: the first
 * entry is the delay after `send`, each next one the delay after the previous attempt failed. Its
 * length is the number of attempts; after the last one fails the delivery is dead-lettered.
 */
import { InvalidSenderOptionError } from './errors.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** Immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (8 attempts over about 28 hours, like Svix). */
export const DEFAULT_SCHEDULE: readonly number[] = [
  0,
  5 * SECOND,
  5 * MINUTE,
  30 * MINUTE,
  2 * HOUR,
  5 * HOUR,
  10 * HOUR,
  10 * HOUR,
];

/** Default jitter: each delay is moved by up to +-20%, so retries after an outage do not arrive in step. */
export const DEFAULT_JITTER = 0.2;

export interface RetryPolicy {
  schedule: readonly number[];
  /** Fraction of each delay by which it may move either way (0..1). */
  jitter: number;
  /** Uniform in [0, 1): `Math.random` unless injected. */
  random: () => number;
}

/** Checks a schedule and jitter given to `createSender`. */
export function checkPolicy(schedule: readonly number[], jitter: number): void {
  if (
    !Array.isArray(schedule) ||
    schedule.length === 0 ||
    !schedule.every((d) => Number.isFinite(d) && d >= 0)
  ) {
    throw new InvalidSenderOptionError(
      'schedule',
      `schedule must be a non-empty list of delays in milliseconds (>= 0), got ${JSON.stringify(schedule)}`,
    );
  }
  if (!(jitter >= 0 && jitter <= 1)) {
    throw new InvalidSenderOptionError(
      'jitter',
      `jitter must be a fraction between 0 and 1 (0.2 = +-20%), got ${jitter}`,
    );
  }
}

/** `delay` moved by up to +-`jitter` of itself. */
export function jittered(delay: number, { jitter, random }: RetryPolicy): number {
  return Math.round(delay * (1 + jitter * (2 * random() - 1)));
}

/**
 * The delay before attempt number `attemptsDone` (0-based: 0 is the first attempt), or undefined when
 * the schedule has no such attempt. A `Retry-After` from the last answer replaces the scheduled delay,
 * clamped to the schedule's bounds (its smallest non-zero and its largest delay), without jitter: the
 * receiver named the time.
 */
export function delayBefore(
  attemptsDone: number,
  policy: RetryPolicy,
  retryAfterMs?: number,
): number | undefined {
  const scheduled = policy.schedule[attemptsDone];
  if (scheduled === undefined) return undefined;
  if (retryAfterMs === undefined) return jittered(scheduled, policy);
  const { min, max } = bounds(policy.schedule);
  return Math.min(max, Math.max(min, retryAfterMs));
}

function bounds(schedule: readonly number[]): { min: number; max: number } {
  const positive = schedule.filter((d) => d > 0);
  return { min: positive.length > 0 ? Math.min(...positive) : 0, max: Math.max(...schedule) };
}

/**
 * A `Retry-After` header in milliseconds from `now`: delay-seconds (`120`) or an HTTP date
 * (`Wed, 21 Oct 2026 07:28:00 GMT`). Undefined when absent or unreadable; a date in the past is 0.
 *
 * @example
 * parseRetryAfter('30', now); // 30000
 */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^[0-9]+$/.test(text)) return Number(text) * SECOND;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
