/**
 * Helpers every queue implementation needs to treat records the same way: the delivery id rule, input
 * checks with messages that name the fix, copies of attempt records, and which dead deliveries a
 * selector picks. Exported for durable queues (`@hookwright/queue-*`).
 */
import { isHeaderName, isSingleLineValue } from '../signing/core/header-syntax.js';
import { InvalidQueueInputError } from './errors.js';
import type { AttemptRecord, DeadLetterSelector, DeliveryRecord, NewMessage } from './types.js';

/** How long a queue remembers an idempotency key unless told otherwise: one day. */
const DEFAULT_IDEMPOTENCY_WINDOW_MS = 24 * 60 * 60 * 1000;

/** A queue's `idempotencyWindowMs` option, defaulted and checked (`InvalidQueueInputError`). */
export function idempotencyWindowOf(windowMs: number | undefined): number {
  const value = windowMs ?? DEFAULT_IDEMPOTENCY_WINDOW_MS;
  if (!(value >= 0))
    throw new InvalidQueueInputError('idempotencyWindowMs', `idempotencyWindowMs must be >= 0, got ${value}`);
  return value;
}

/** A queue's `now` option, defaulted to `Date.now` and checked (`InvalidQueueInputError`). */
export function queueClockOf(now: (() => number) | undefined): () => number {
  const clock = now ?? Date.now;
  if (typeof clock !== 'function')
    throw new InvalidQueueInputError('now', 'now must be a function returning milliseconds, e.g. Date.now');
  return clock;
}

/** The id of the delivery of `messageId` to `endpointId`. */
export function deliveryIdOf(messageId: string, endpointId: string): string {
  return `${messageId}/${endpointId}`;
}

/** Throws `InvalidQueueInputError` for a message a queue must not store. */
export function checkNewMessage(message: NewMessage): void {
  const { messageId, endpointIds, body } = message;
  if (typeof messageId !== 'string' || messageId === '' || messageId.includes('/')) {
    throw new InvalidQueueInputError(
      'messageId',
      `messageId must be a non-empty string without "/", got ${JSON.stringify(messageId)}`,
    );
  }
  if (typeof body !== 'string') {
    throw new InvalidQueueInputError(
      'body',
      `body must be the JSON text to send (a string), got ${typeof body}`,
    );
  }
  checkMessageHeaders(message.headers);
  for (const field of ['createdAt', 'firstAttemptAt'] as const) {
    if (!Number.isFinite(message[field])) {
      throw new InvalidQueueInputError(
        field,
        `${field} must be milliseconds since the epoch, got ${String(message[field])}`,
      );
    }
  }
  const seen = new Set<string>();
  for (const endpointId of endpointIds) {
    if (typeof endpointId !== 'string' || endpointId === '' || seen.has(endpointId)) {
      throw new InvalidQueueInputError(
        'endpointIds',
        `endpointIds must be distinct non-empty strings, got ${JSON.stringify(endpointIds)}`,
      );
    }
    seen.add(endpointId);
  }
}

function checkMessageHeaders(headers: NewMessage['headers']): void {
  if (headers === undefined) return;
  if (typeof headers !== 'object' || headers === null || Array.isArray(headers)) {
    throw new InvalidQueueInputError(
      'headers',
      `headers must be an object of lower-case header names to strings, got ${JSON.stringify(headers)}`,
    );
  }
  for (const [name, value] of Object.entries(headers)) {
    // Stored names are lower case: a record is read back and compared without folding case.
    const lowerName = isHeaderName(name) && name === name.toLowerCase();
    if (!lowerName || typeof value !== 'string' || !isSingleLineValue(value)) {
      throw new InvalidQueueInputError(
        'headers',
        `headers must map lower-case header names to single-line strings, got ${JSON.stringify(name)}: ${JSON.stringify(value)}`,
      );
    }
  }
}

/** A fresh copy of a message's headers, or undefined when it has none (records carry no empty object). */
export function copyHeaders(
  headers: Readonly<Record<string, string>> | undefined,
): Record<string, string> | undefined {
  if (headers === undefined) return undefined;
  const names = Object.keys(headers);
  return names.length === 0
    ? undefined
    : Object.fromEntries(names.map((name) => [name, headers[name] as string]));
}

/** A copy that shares nothing mutable with `attempt`, and carries no `undefined` values. */
export function copyAttempt(attempt: AttemptRecord): AttemptRecord {
  const copy: AttemptRecord = { at: attempt.at, durationMs: attempt.durationMs, outcome: attempt.outcome };
  if (attempt.status !== undefined) copy.status = attempt.status;
  if (attempt.error !== undefined) copy.error = { code: attempt.error.code, message: attempt.error.message };
  if (attempt.responseBody !== undefined) copy.responseBody = attempt.responseBody;
  if (attempt.location !== undefined) copy.location = attempt.location;
  if (attempt.retryAfterMs !== undefined) copy.retryAfterMs = attempt.retryAfterMs;
  return copy;
}

/** A test for which dead deliveries `replay`/`purge`'s selector picks (by delivery id or message id). */
export function selectorMatcher(
  selector: DeadLetterSelector,
): (delivery: Pick<DeliveryRecord, 'id' | 'messageId'>) => boolean {
  if ('all' in selector) {
    if (selector.all !== true)
      throw new InvalidQueueInputError('selector', 'pass { all: true } or { ids: [...] }');
    return () => true;
  }
  if (!Array.isArray(selector.ids))
    throw new InvalidQueueInputError('selector', 'pass { all: true } or { ids: [...] }');
  const ids = new Set(selector.ids);
  return (delivery) => ids.has(delivery.id) || ids.has(delivery.messageId);
}
