/** Stable codes of {@link QueueError}. */
export type QueueErrorCode = 'LEASE_LOST' | 'QUEUE_CLOSED' | 'INVALID_QUEUE_INPUT';

/**
 * Base class of the errors every `DeliveryQueue` throws (durable queues throw these too, so callers
 * branch on `code` whichever queue they use).
 *
 * @example
 * try {
 *   await queue.ack(lease, attempt);
 * } catch (error) {
 *   if (error instanceof QueueError && error.code === 'LEASE_LOST') return; // another worker owns it now
 *   throw error;
 * }
 */
export class QueueError extends Error {
  override name = 'QueueError';
  constructor(
    readonly code: QueueErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/**
 * A settle (`ack`, `nack`, `deadLetter`, `release`) named a lease that is no longer current: the
 * lease expired and another claim took the delivery, or the delivery is gone. The other worker now
 * owns the delivery; this one should drop it.
 */
export class LeaseLostError extends QueueError {
  override name = 'LeaseLostError';
  constructor(readonly deliveryId: string) {
    super(
      'LEASE_LOST',
      `the lease on delivery "${deliveryId}" is no longer held (expired and claimed again, or the delivery is gone)`,
    );
  }
}

/** The queue was closed; open a new one. */
export class QueueClosedError extends QueueError {
  override name = 'QueueClosedError';
  constructor() {
    super('QUEUE_CLOSED', 'the delivery queue is closed');
  }
}

/** A caller passed something the queue cannot store (the message says what and how to fix it). */
export class InvalidQueueInputError extends QueueError {
  override name = 'InvalidQueueInputError';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super('INVALID_QUEUE_INPUT', message);
  }
}
