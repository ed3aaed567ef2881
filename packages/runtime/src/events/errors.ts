import { closestIssue } from '../validation/closest-issue.js';
import type { PayloadIssue } from './event-table.js';

export type EventErrorCode =
  | 'INVALID_JSON'
  | 'INVALID_ENVELOPE'
  | 'UNKNOWN_EVENT'
  | 'INVALID_PAYLOAD'
  | 'INVALID_HEADERS';

/** Base class of every problem with an event's body or data; `code` is stable. */
export class EventError extends Error {
  override name = 'EventError';
  constructor(
    readonly code: EventErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** The body is not JSON (or not UTF-8). */
export class InvalidJsonError extends EventError {
  override name = 'InvalidJsonError';
  constructor(message: string) {
    super('INVALID_JSON', message);
  }
}

/** The body is JSON but not an envelope `{type, version, timestamp, data}`. */
export class InvalidEnvelopeError extends EventError {
  override name = 'InvalidEnvelopeError';
  constructor(
    message: string,
    /** JSON pointer of the offending envelope field. */
    readonly pointer: string,
  ) {
    super('INVALID_ENVELOPE', message);
  }
}

/** No event with this type (and version) exists in the contract. */
export class UnknownEventError extends EventError {
  override name = 'UnknownEventError';
  constructor(
    readonly type: string,
    readonly version: number | undefined,
    known: readonly string[],
  ) {
    const what = version === undefined ? `event type "${type}"` : `event "${type}@${version}"`;
    const hint =
      known.length > 0 ? `; known: ${known.slice(0, 10).join(', ')}${known.length > 10 ? ', ...' : ''}` : '';
    super('UNKNOWN_EVENT', `unknown ${what}${hint}`);
  }
}

/** The event's data does not match its schema; `issues` say where and why. */
export class InvalidPayloadError extends EventError {
  override name = 'InvalidPayloadError';
  constructor(
    readonly eventId: string,
    readonly issues: readonly PayloadIssue[],
  ) {
    super('INVALID_PAYLOAD', `invalid data for ${eventId}${summary(issues)}`);
  }
}

/**
 * The request's headers do not match the headers schema of the event's message; `issues` point into
 * the headers as the schema names them (`/X-Request-Id`).
 */
export class InvalidHeadersError extends EventError {
  override name = 'InvalidHeadersError';
  constructor(
    readonly eventId: string,
    readonly issues: readonly PayloadIssue[],
  ) {
    super('INVALID_HEADERS', `invalid headers for ${eventId}${summary(issues)}`);
  }
}

/**
 * ` at /pointer: message (and N more)`, for an error message: the issue that says what is wrong,
 * which after a `oneOf` none of whose alternatives matched is not the first one (`closestIssue`).
 */
function summary(issues: readonly PayloadIssue[]): string {
  const issue = closestIssue(issues)?.issue;
  const where = issue ? ` at ${issue.pointer || '/'}: ${issue.message}` : '';
  return issues.length > 1 ? `${where} (and ${issues.length - 1} more)` : where;
}
