import type { PayloadIssue } from '../events/event-table.js';

/** Stable codes of the answers a receiver gives (see `RECEIVER_STATUS` in `pipeline.ts`). */
export type ReceiverErrorCode =
  | 'METHOD_NOT_ALLOWED'
  | 'BODY_TOO_LARGE'
  | 'BODY_TIMEOUT'
  | 'BODY_READ_FAILED'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'MISSING_HEADER'
  | 'INVALID_TIMESTAMP'
  | 'TIMESTAMP_TOO_OLD'
  | 'TIMESTAMP_TOO_NEW'
  | 'NO_MATCHING_SIGNATURE'
  | 'INVALID_JSON'
  | 'INVALID_ENVELOPE'
  | 'UNKNOWN_EVENT'
  | 'INVALID_PAYLOAD'
  | 'INVALID_HEADERS'
  | 'IN_PROGRESS'
  | 'STORE_FAILED'
  | 'HANDLER_FAILED'
  | 'INTERNAL_ERROR'
  | 'BODY_ALREADY_PARSED';

/**
 * Why a request was not answered with success. `status` is the HTTP status it got, `cause` the
 * underlying error (a signing or event error, or what a handler threw). Passed to `onError` hooks;
 * never thrown at the HTTP caller.
 *
 * @example
 * receiver.onError((error) => {
 *   if (error.status >= 500) console.error(error.code, error.cause);
 * });
 */
export class ReceiverError extends Error {
  override name = 'ReceiverError';
  readonly code: ReceiverErrorCode;
  readonly status: number;
  /** Where the payload is wrong (`INVALID_PAYLOAD`), or the message headers (`INVALID_HEADERS`). */
  readonly issues: readonly PayloadIssue[] | undefined;

  constructor(
    code: ReceiverErrorCode,
    status: number,
    message: string,
    options: { cause?: unknown; issues?: readonly PayloadIssue[] } = {},
  ) {
    super(message, { cause: options.cause });
    this.code = code;
    this.status = status;
    this.issues = options.issues;
  }
}

/** A receiver option has a value that cannot work; the message names the fix. */
export class ReceiverOptionError extends Error {
  override name = 'ReceiverOptionError';
  readonly code = 'INVALID_RECEIVER_OPTION';
  readonly option: string;

  constructor(option: string, message: string) {
    super(`option ${option}: ${message}`);
    this.option = option;
  }
}
