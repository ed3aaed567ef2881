export type {
  AnyEnvelopeOf,
  DataOfKey,
  EnvelopeOfId,
  EventIdOf,
  EventKeyOf,
  EventTypeOf,
  IdOfKey,
  IdsMatchingKey,
  ReceivedEnvelopeOfKey,
  SentEnvelopeOfKey,
  TypeOfId,
} from './contract-types.js';
export { createEnvelope, type Envelope, type EnvelopeOptions } from './envelope.js';
export {
  EventError,
  type EventErrorCode,
  InvalidEnvelopeError,
  InvalidHeadersError,
  InvalidJsonError,
  InvalidPayloadError,
  UnknownEventError,
} from './errors.js';
export {
  createEventTable,
  type EventDefinition,
  type EventHeaderSchema,
  type EventTable,
  type EventTableOptions,
  type HeaderValueType,
  type PayloadCheck,
  type PayloadIssue,
} from './event-table.js';
export { checkHeaders, type NoHeaders, namedHeaders, readHeaderValue } from './message-headers.js';
export { createMessageId } from './message-id.js';
export { type ParsedEnvelope, parseEnvelope, type RawBody } from './parse-envelope.js';
export * from './wire/index.js';
