/**
 * Every error the signing module throws is a {@link WebhookVerificationError} subclass with a stable
 * `code`, so callers can branch on `error.code` (or `instanceof`) without parsing messages. Messages
 * never contain secret material.
 */

/** Stable codes carried by {@link WebhookVerificationError.code}. */
export type WebhookErrorCode =
  | 'MISSING_HEADER'
  | 'INVALID_TIMESTAMP'
  | 'TIMESTAMP_TOO_OLD'
  | 'TIMESTAMP_TOO_NEW'
  | 'NO_MATCHING_SIGNATURE'
  | 'INVALID_SECRET'
  | 'UNSUPPORTED_BODY_TYPE'
  | 'INVALID_MESSAGE_ID'
  | 'INVALID_OPTION';

/**
 * Base class of every signing and verification error.
 *
 * @example
 * try {
 *   await verifier.verify(body, headers);
 * } catch (error) {
 *   if (error instanceof WebhookVerificationError) console.warn(error.code, error.message);
 *   throw error;
 * }
 */
export class WebhookVerificationError extends Error {
  override name = 'WebhookVerificationError';
  readonly code: WebhookErrorCode;

  constructor(code: WebhookErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

/** A required header is absent or empty. `header` names it in lower case. */
export class MissingHeaderError extends WebhookVerificationError {
  override name = 'MissingHeaderError';
  readonly header: string;

  constructor(header: string, empty: boolean) {
    super('MISSING_HEADER', `${empty ? 'empty' : 'missing'} header ${header}`);
    this.header = header;
  }
}

/** A timestamp is not a whole number of Unix seconds (`^[0-9]+$`), or is out of range. */
export class InvalidTimestampError extends WebhookVerificationError {
  override name = 'InvalidTimestampError';
  /** The offending value, cut to 40 characters. */
  readonly value: string;

  constructor(value: string, why: string) {
    super('INVALID_TIMESTAMP', `invalid timestamp ${JSON.stringify(value.slice(0, 40))}: ${why}`);
    this.value = value.slice(0, 40);
  }
}

/** What a tolerance error knows about the skew. */
export interface TimestampSkew {
  /** The message timestamp, Unix seconds. */
  timestamp: number;
  /** The verifier's clock, Unix seconds. */
  now: number;
  /** How far outside the tolerance window the timestamp lies, in seconds (always positive). */
  skewSeconds: number;
  toleranceSeconds: number;
}

/** Base of the two tolerance errors: the timestamp is outside `now ± toleranceSeconds`. */
export abstract class TimestampOutOfToleranceError extends WebhookVerificationError implements TimestampSkew {
  readonly timestamp: number;
  readonly now: number;
  readonly skewSeconds: number;
  readonly toleranceSeconds: number;

  constructor(code: 'TIMESTAMP_TOO_OLD' | 'TIMESTAMP_TOO_NEW', skew: TimestampSkew) {
    const age = code === 'TIMESTAMP_TOO_OLD' ? 'old' : 'in the future';
    super(
      code,
      `timestamp ${skew.timestamp} is ${Math.abs(skew.now - skew.timestamp)} s ${age}, ` +
        `${skew.skewSeconds} s beyond the tolerance of ${skew.toleranceSeconds} s`,
    );
    this.timestamp = skew.timestamp;
    this.now = skew.now;
    this.skewSeconds = skew.skewSeconds;
    this.toleranceSeconds = skew.toleranceSeconds;
  }
}

/** The timestamp is more than `toleranceSeconds` in the past: a replay, or a very late delivery. */
export class TimestampTooOldError extends TimestampOutOfToleranceError {
  override name = 'TimestampTooOldError';

  constructor(skew: TimestampSkew) {
    super('TIMESTAMP_TOO_OLD', skew);
  }
}

/** The timestamp is more than `toleranceSeconds` in the future: the sender's clock runs ahead. */
export class TimestampTooNewError extends TimestampOutOfToleranceError {
  override name = 'TimestampTooNewError';

  constructor(skew: TimestampSkew) {
    super('TIMESTAMP_TOO_NEW', skew);
  }
}

/**
 * No signature in the header matches any configured secret. `hints` lists likely causes found by
 * looking at the inputs (they are guesses, phrased as questions, for the developer's log; they reveal
 * nothing about the secret's value and should not be sent back to the caller).
 */
export class NoMatchingSignatureError extends WebhookVerificationError {
  override name = 'NoMatchingSignatureError';
  readonly hints: readonly string[];

  constructor(hints: readonly string[]) {
    const tail = hints.length > 0 ? `; possible causes: ${hints.join('; ')}` : '';
    super('NO_MATCHING_SIGNATURE', `no signature matches any configured secret${tail}`);
    this.hints = hints;
  }
}

/** A secret or key cannot be used: empty, not base64, wrong length, or a public key asked to sign. */
export class InvalidSecretError extends WebhookVerificationError {
  override name = 'InvalidSecretError';
  /** Position of the offending entry among the configured secrets, when there is one. */
  readonly entryIndex: number | undefined;

  constructor(message: string, entryIndex?: number) {
    super('INVALID_SECRET', entryIndex === undefined ? message : `secret entry ${entryIndex}: ${message}`);
    this.entryIndex = entryIndex;
  }
}

/** The body is not a string, `Uint8Array`/`Buffer`, `ArrayBuffer` or other `ArrayBufferView`. */
export class UnsupportedBodyTypeError extends WebhookVerificationError {
  override name = 'UnsupportedBodyTypeError';
  /** What was received: `typeof`, or the constructor name for objects. */
  readonly receivedType: string;

  constructor(receivedType: string, fix: string) {
    super('UNSUPPORTED_BODY_TYPE', `unsupported body type ${receivedType}: ${fix}`);
    this.receivedType = receivedType;
  }
}

/** A message id given to the signer is empty, contains `.`, or has characters a header cannot carry. */
export class InvalidMessageIdError extends WebhookVerificationError {
  override name = 'InvalidMessageIdError';

  constructor(message: string) {
    super('INVALID_MESSAGE_ID', message);
  }
}

/** An option has a value the signing module cannot use; `option` names it. */
export class InvalidOptionError extends WebhookVerificationError {
  override name = 'InvalidOptionError';
  readonly option: string;

  constructor(option: string, message: string) {
    super('INVALID_OPTION', `option ${option}: ${message}`);
    this.option = option;
  }
}
