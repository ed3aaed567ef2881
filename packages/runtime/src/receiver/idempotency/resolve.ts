import { ReceiverOptionError } from '../errors.js';
import { positive } from '../resolve-options.js';
import type { IdempotencyOptions } from '../types.js';
import { createMemoryIdempotencyStore, type IdempotencyStore } from './store.js';

/** Idempotency settings with defaults applied, or undefined when turned off. */
export interface IdempotencySettings {
  store: IdempotencyStore;
  ttlMs: number;
  leaseMs: number;
  retryAfterSeconds: number;
}

export function resolveIdempotency(
  option: IdempotencyStore | IdempotencyOptions | false | undefined,
  toleranceSeconds: number,
  now: (() => number) | undefined,
): IdempotencySettings | undefined {
  if (option === false) return undefined;
  const settings: IdempotencyOptions =
    option !== undefined && typeof (option as IdempotencyStore).claim === 'function'
      ? { store: option as IdempotencyStore }
      : ((option ?? {}) as IdempotencyOptions);
  const ttlSeconds = positive(settings.ttlSeconds, 24 * 3600, 'idempotency.ttlSeconds');
  // A copy older than the tolerance is refused by its timestamp anyway; a shorter memory would let a
  // replay inside the window run twice.
  if (Number.isFinite(toleranceSeconds) && ttlSeconds <= toleranceSeconds) {
    throw new ReceiverOptionError(
      'idempotency.ttlSeconds',
      `must be longer than toleranceSeconds (${toleranceSeconds}), got ${ttlSeconds}`,
    );
  }
  const store = settings.store ?? createMemoryIdempotencyStore(now ? { now } : {});
  if (
    typeof store.claim !== 'function' ||
    typeof store.complete !== 'function' ||
    typeof store.release !== 'function'
  ) {
    throw new ReceiverOptionError(
      'idempotency.store',
      'expected an object with claim, complete and release methods',
    );
  }
  return {
    store,
    ttlMs: ttlSeconds * 1000,
    leaseMs: positive(settings.leaseSeconds, 300, 'idempotency.leaseSeconds') * 1000,
    retryAfterSeconds: Math.ceil(positive(settings.retryAfterSeconds, 5, 'idempotency.retryAfterSeconds')),
  };
}
