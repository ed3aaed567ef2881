import { UnsupportedBodyTypeError } from './errors.js';

/** A raw request body in any shape frameworks hand out. */
export type WebhookBody = string | Uint8Array | ArrayBuffer | ArrayBufferView;

/**
 * The body as the MAC consumes it: a string (encoded to UTF-8 exactly once, by the back end) or the
 * caller's bytes, viewed without copying. Bytes are never decoded, so bodies that are not valid UTF-8
 * verify exactly as sent.
 */
export type BodyData = string | Uint8Array;

/** Accepts every {@link WebhookBody} shape; anything else is refused with a fix in the message. */
export function toBodyData(body: unknown): BodyData {
  if (typeof body === 'string' || body instanceof Uint8Array) return body;
  if (ArrayBuffer.isView(body)) return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  // `instanceof` fails for buffers from another realm (vm contexts, some test environments).
  if (body instanceof ArrayBuffer || Object.prototype.toString.call(body) === '[object ArrayBuffer]') {
    return new Uint8Array(body as ArrayBuffer);
  }
  throw unsupported(body);
}

function unsupported(body: unknown): UnsupportedBodyTypeError {
  if (body === null || body === undefined) {
    return new UnsupportedBodyTypeError(
      String(body),
      'no body was passed; read the raw request body first (for example `await request.arrayBuffer()`)',
    );
  }
  if (typeof body !== 'object') {
    return new UnsupportedBodyTypeError(
      typeof body,
      'pass the raw body as a string, Uint8Array or ArrayBuffer',
    );
  }
  const type = (body as { constructor?: { name?: string } }).constructor?.name ?? 'Object';
  if (typeof (body as { getReader?: unknown }).getReader === 'function' || type === 'Blob') {
    return new UnsupportedBodyTypeError(
      type,
      'read the stream to bytes first (for example `new Uint8Array(await request.arrayBuffer())`)',
    );
  }
  return new UnsupportedBodyTypeError(
    type,
    'this looks like a parsed JSON body; signatures cover the exact bytes sent, so pass the raw body ' +
      '(express.raw(), request.arrayBuffer(), or a raw-body option of your framework), not a parsed object',
  );
}
