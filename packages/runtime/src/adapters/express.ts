/**
 * Express and Connect ride on the Node adapter; what differs is that a body parser may have run
 * first. Its raw bytes are used when it kept them (`express.raw()`, or a `verify` hook that stored
 * `req.rawBody`); a body parsed into an object cannot be turned back into the signed bytes, so the
 * request fails with a message that says how to mount the route.
 */
import type { BodyResult } from '../receiver/read-body.js';

/** The parts of an Express request this looks at. */
export interface MaybeParsedRequest {
  body?: unknown;
  rawBody?: unknown;
  readableEnded?: boolean;
  /** Set by the body-parser middleware once it consumed the stream. */
  _body?: boolean;
}

const ALREADY_PARSED: BodyResult = { ok: false, code: 'BODY_ALREADY_PARSED' };

/** The body a parser kept, a refusal when one consumed it, or undefined when the stream is untouched. */
export function parsedBody(req: MaybeParsedRequest, maxBodyBytes: number): BodyResult | undefined {
  const raw =
    req.body instanceof Uint8Array ? req.body : req.rawBody instanceof Uint8Array ? req.rawBody : undefined;
  if (raw !== undefined) {
    return raw.byteLength > maxBodyBytes ? { ok: false, code: 'BODY_TOO_LARGE' } : { ok: true, bytes: raw };
  }
  if (req._body === true || req.readableEnded === true) return ALREADY_PARSED;
  return undefined;
}
