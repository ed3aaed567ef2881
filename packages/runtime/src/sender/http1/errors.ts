/**
 * Errors of the HTTP/1.1 client. They become attempt records through `failure()`, which keeps their
 * `code`: `BAD_RESPONSE` and `ECONNRESET` are retried, `INVALID_HEADER` is not (a retry sends the same).
 */

/** A response the sender cannot read (bad status line, framing, oversized head): retried. */
export class MalformedResponseError extends Error {
  override readonly name = 'MalformedResponseError';
  readonly code = 'BAD_RESPONSE';
}

/** A header name or value HTTP cannot carry (CR, LF, NUL, a non-token name): the attempt fails for good. */
export class InvalidHeaderError extends Error {
  override readonly name = 'InvalidHeaderError';
  readonly code = 'INVALID_HEADER';
}

/** The connection closed before a complete answer (Node's http says "socket hang up"), or the transport did: retried. */
export class ConnectionClosedError extends Error {
  override readonly name = 'ConnectionClosedError';
  readonly code = 'ECONNRESET';
  constructor(reason = 'socket hang up: the connection closed before the answer was complete') {
    super(reason);
  }
}
