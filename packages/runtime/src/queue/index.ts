export {
  InvalidQueueInputError,
  LeaseLostError,
  QueueClosedError,
  QueueError,
  type QueueErrorCode,
} from './errors.js';
export { createMemoryQueue, type MemoryQueueOptions } from './memory.js';
export {
  checkNewMessage,
  copyAttempt,
  copyHeaders,
  deliveryIdOf,
  idempotencyWindowOf,
  queueClockOf,
  selectorMatcher,
} from './records.js';
export type {
  AttemptOutcome,
  AttemptRecord,
  ClaimedDelivery,
  ClaimOptions,
  Clock,
  DeadLetterSelector,
  DeliveryPage,
  DeliveryQueue,
  DeliveryRecord,
  EndpointDisabled,
  EnqueueResult,
  Lease,
  ListOptions,
  NewMessage,
  QueueStats,
} from './types.js';
