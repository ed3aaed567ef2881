/** What both sender entries export besides the platform-bound `createSender` and `bindWebhooks`. */

export { createMemoryQueue } from '../queue/memory.js';
export type { DeliveryQueue } from '../queue/types.js';
export { type BlockedRange, blockedRange } from './address-policy.js';
export type { SenderClock, Timers } from './clock.js';
export type {
  DeadLetters,
  DeadLetterTarget,
  EndpointControl,
  Sender,
  SenderOptions,
  SendOptions,
} from './create-sender.js';
export type { Endpoint } from './endpoints.js';
export {
  HttpsRequiredError,
  InvalidEndpointError,
  InvalidSenderOptionError,
  PayloadTooLargeError,
  SenderClosedError,
  SenderError,
  type SenderErrorCode,
  SsrfRefusedError,
} from './errors.js';
export {
  type AttemptEvent,
  consoleLogger,
  type DeadLetterEvent,
  type EndpointDisabledEvent,
  type EndpointRef,
  type SenderHooks,
  type SenderLogEntry,
  type SenderLogger,
} from './hooks.js';
export type { HeadersToSendOf, MessageHeaders } from './message-headers.js';
export { DEFAULT_JITTER, DEFAULT_SCHEDULE, parseRetryAfter } from './schedule.js';
export type { ResolvedAddress, Resolver } from './transport.js';
export type { SignedWebhook, WebhookOptions, WebhookSigner, Webhooks } from './webhook.js';
