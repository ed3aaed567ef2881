import { type BodyData, toBodyData } from './body.js';
import { NoMatchingSignatureError } from './errors.js';
import type { WebhookHeaders } from './headers.js';
import { mismatchHints } from './hints.js';
import type { SigningKey } from './keys.js';
import { requireObject, resolveClock } from './options.js';
import { schemeNamed } from './schemes/index.js';
import type { SignatureScheme, SignedMessage } from './schemes/types.js';
import { checkTolerance, resolveTolerance } from './timestamp.js';
import type { VerifiedWebhook, VerifierOptions } from './types.js';

/**
 * Verification is the same on every back end except for the cryptography: these steps run before and
 * after it. A back end's loop is: `beginVerification`, compute and compare per key, then either
 * `verifiedBy` or throw `noMatchingSignature`.
 */
export interface VerifierContext {
  readonly scheme: SignatureScheme;
  readonly keys: readonly SigningKey[];
  readonly secretNotes: readonly string[];
  readonly toleranceSeconds: number;
  readonly now: () => number;
}

/** Parses and checks the options once, so each request only does per-request work. */
export function createVerifierContext(options: VerifierOptions): VerifierContext {
  requireObject(options, 'options');
  const scheme = schemeNamed(options.scheme);
  const { keys, notes } = scheme.parseSecrets(options.secret);
  return {
    scheme,
    keys,
    secretNotes: notes,
    toleranceSeconds: resolveTolerance(options.toleranceSeconds),
    now: resolveClock(options.now),
  };
}

/** One request's state between reading its headers and matching signatures. */
export interface PendingVerification {
  message: SignedMessage;
  data: BodyData;
}

/**
 * Checks, in the order that gives the most useful error: body type, required headers, timestamp
 * format, timestamp tolerance. Signatures are checked by the caller.
 */
export function beginVerification(
  context: VerifierContext,
  body: unknown,
  headers: WebhookHeaders,
): PendingVerification {
  const data = toBodyData(body);
  const message = context.scheme.readMessage(requireObject(headers, 'headers'));
  if (message.timestamp !== undefined)
    checkTolerance(message.timestamp, context.now(), context.toleranceSeconds);
  return { message, data };
}

export function verifiedBy(
  context: VerifierContext,
  message: SignedMessage,
  key: SigningKey,
): VerifiedWebhook {
  return {
    scheme: context.scheme.name,
    id: message.id,
    timestamp: message.timestamp,
    secretIndex: key.index,
  };
}

export function noMatchingSignature(
  context: VerifierContext,
  pending: PendingVerification,
): NoMatchingSignatureError {
  return new NoMatchingSignatureError(
    mismatchHints({
      scheme: context.scheme,
      keys: context.keys,
      secretNotes: context.secretNotes,
      message: pending.message,
      body: pending.data,
    }),
  );
}
