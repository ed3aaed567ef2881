import type { BlockedRange } from './address-policy.js';

/** Stable codes of {@link SenderError}. */
export type SenderErrorCode =
  | 'SSRF_REFUSED'
  | 'HTTPS_REQUIRED'
  | 'INVALID_ENDPOINT'
  | 'INVALID_SENDER_OPTION'
  | 'PAYLOAD_TOO_LARGE'
  | 'SENDER_CLOSED';

/**
 * Base class of the sender's own errors (validation problems are the events module's
 * `InvalidPayloadError` / `UnknownEventError`; queue problems are `QueueError`s).
 *
 * @example
 * try {
 *   await sender.send('order.created', data);
 * } catch (error) {
 *   if (error instanceof SenderError && error.code === 'PAYLOAD_TOO_LARGE') shrink(data);
 *   else throw error;
 * }
 */
export class SenderError extends Error {
  override name = 'SenderError';
  constructor(
    readonly code: SenderErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/**
 * An endpoint's host is (or resolves to) an address inside the network: loopback, private,
 * link-local (cloud metadata), unspecified, multicast or reserved. Raised per attempt, after DNS
 * resolution; the attempt fails without retry.
 */
export class SsrfRefusedError extends SenderError {
  override name = 'SsrfRefusedError';
  constructor(
    readonly hostname: string,
    readonly address: string,
    readonly blocked: BlockedRange,
  ) {
    const via = hostname === address ? address : `${hostname} (resolved to ${address})`;
    super(
      'SSRF_REFUSED',
      `refused to connect to ${via}: ${blocked.kind} address (${blocked.range}). Endpoint URLs must point to the public internet; pass allowPrivateNetworks: true to createSender to allow this (development, tests, trusted internal endpoints)`,
    );
  }
}

/** `requireHttps` is on and an endpoint URL is `http:`. */
export class HttpsRequiredError extends SenderError {
  override name = 'HttpsRequiredError';
  constructor(readonly url: string) {
    super(
      'HTTPS_REQUIRED',
      `endpoint URL ${url} is not https: requireHttps is on (use an https:// URL, or turn requireHttps off)`,
    );
  }
}

/** An endpoint's configuration is unusable; `endpointId` and `field` say which, the message says how to fix it. */
export class InvalidEndpointError extends SenderError {
  override name = 'InvalidEndpointError';
  constructor(
    readonly endpointId: string | undefined,
    readonly field: string,
    message: string,
  ) {
    super('INVALID_ENDPOINT', message);
  }
}

/** A `createSender` option is unusable. */
export class InvalidSenderOptionError extends SenderError {
  override name = 'InvalidSenderOptionError';
  constructor(
    readonly option: string,
    message: string,
  ) {
    super('INVALID_SENDER_OPTION', message);
  }
}

/** The envelope's JSON is longer than `maxPayloadBytes`; nothing was queued. */
export class PayloadTooLargeError extends SenderError {
  override name = 'PayloadTooLargeError';
  constructor(
    readonly eventId: string,
    readonly bytes: number,
    readonly limit: number,
  ) {
    super(
      'PAYLOAD_TOO_LARGE',
      `the ${eventId} body is ${bytes} bytes, over maxPayloadBytes (${limit}); nothing was queued`,
    );
  }
}

/** `send` after `close()`. */
export class SenderClosedError extends SenderError {
  override name = 'SenderClosedError';
  constructor() {
    super('SENDER_CLOSED', 'the sender is closed: create a new one to send more');
  }
}
