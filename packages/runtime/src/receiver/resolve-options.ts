import { ReceiverOptionError } from './errors.js';
import type { ReceiverOptions } from './types.js';

/** Receiver options with defaults applied and misuse refused at start-up. */
export interface ReceiverSettings {
  maxBodyBytes: number;
  bodyTimeoutMs: number;
  toleranceSeconds: number;
  errorDetail: 'message' | 'code';
}

/** Checks a positive finite number option, naming the fix when it is not one. */
export function positive(value: number | undefined, fallback: number, option: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !(value > 0) || !Number.isFinite(value)) {
    throw new ReceiverOptionError(option, `expected a positive number, got ${String(value)}`);
  }
  return value;
}

export function resolveReceiverOptions(options: ReceiverOptions): ReceiverSettings {
  if (options === null || typeof options !== 'object') {
    throw new ReceiverOptionError(
      'options',
      'pass an object: createReceiver({ secret: process.env.WEBHOOK_SECRET })',
    );
  }
  const { onUnknown, errorDetail = 'message' } = options;
  if (
    onUnknown !== undefined &&
    onUnknown !== 'ignore' &&
    onUnknown !== 'reject' &&
    typeof onUnknown !== 'function'
  ) {
    throw new ReceiverOptionError(
      'onUnknown',
      `expected 'ignore', 'reject' or a function, got ${String(onUnknown)}`,
    );
  }
  if (errorDetail !== 'message' && errorDetail !== 'code') {
    throw new ReceiverOptionError('errorDetail', `expected 'message' or 'code', got ${String(errorDetail)}`);
  }
  const tolerance = options.toleranceSeconds;
  return {
    maxBodyBytes: positive(options.maxBodyBytes, 1024 * 1024, 'maxBodyBytes'),
    bodyTimeoutMs: positive(options.bodyTimeoutMs, 10_000, 'bodyTimeoutMs'),
    // The verifier checks the tolerance itself; here it only bounds the idempotency TTL.
    toleranceSeconds: tolerance === undefined ? 300 : tolerance,
    errorDetail,
  };
}
