/**
 * The bytes of a webhook request's head. Everything but the signature and the length is the same on
 * every attempt to one endpoint (request line, `host`, the endpoint's and the message's headers), so
 * that part is built and checked once per headers object and each attempt only appends its signature
 * lines: one string, written with the body in one socket write.
 */
import { isHeaderName } from '../../signing/core/header-syntax.js';
import { InvalidHeaderError } from './errors.js';

/** Where a request goes, as the request line and `host` need it. */
export interface RequestTarget {
  /** Path and query. */
  path: string;
  /** `host` header value: the URL's host (port only when not the scheme's default). */
  host: string;
  /** `user:password` from the URL, sent as Basic authorization unless the headers carry one. */
  auth: string | undefined;
}

/** The constant part of a head: the request line and the fields; `latin1` when a value has bytes above 0x7f. */
export interface StaticHead {
  text: string;
  latin1: boolean;
  /** The signature header names it leaves out (they come with each attempt). */
  signatureNames: string;
}

/** What a field value may hold on the wire (Node's rule): tab, visible ASCII and obs-text, no CR/LF/NUL. */
const FIELD_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;
const ASCII_VALUE = /^[\t\x20-\x7e]*$/;
/** Framing is ours: a caller's `content-length` or `transfer-encoding` would corrupt the connection. */
const FRAMING = new Set(['content-length', 'transfer-encoding']);

/**
 * Builds the constant part of the head. `headers` has lower-case names; fields named in
 * `signatureNames` (comma-separated) are left out because each attempt's signature replaces them.
 * Throws `InvalidHeaderError` for a name or value HTTP cannot carry.
 */
export function buildStaticHead(
  target: RequestTarget,
  headers: Readonly<Record<string, string>>,
  signatureNames: string,
): StaticHead {
  const skip = new Set(signatureNames.split(','));
  let text = `POST ${target.path} HTTP/1.1\r\n`;
  let latin1 = false;
  const field = (name: string, value: string) => {
    if (!isHeaderName(name)) throw new InvalidHeaderError(`invalid header name ${JSON.stringify(name)}`);
    if (!FIELD_VALUE.test(value))
      throw new InvalidHeaderError(`invalid value for header ${name}: ${JSON.stringify(value)}`);
    if (!ASCII_VALUE.test(value)) latin1 = true;
    text += `${name}: ${value}\r\n`;
  };
  if (headers.host === undefined) field('host', target.host);
  if (target.auth !== undefined && headers.authorization === undefined)
    field('authorization', `Basic ${Buffer.from(target.auth).toString('base64')}`);
  if (headers.connection === undefined) field('connection', 'keep-alive');
  for (const name of Object.keys(headers)) {
    if (!skip.has(name) && !FRAMING.has(name)) field(name, headers[name] as string);
  }
  return { text, latin1, signatureNames };
}

/**
 * The signature fields and the length that end one attempt's head. Throws `InvalidHeaderError` if a
 * signer ever produced a value that could split the head.
 */
export function attemptFields(signature: Readonly<Record<string, string>>, bodyBytes: number): string {
  let text = '';
  for (const name of Object.keys(signature)) {
    const value = signature[name] as string;
    if (!isHeaderName(name) || !ASCII_VALUE.test(value))
      throw new InvalidHeaderError(`invalid signature header ${JSON.stringify(name)}`);
    text += `${name}: ${value}\r\n`;
  }
  return `${text}content-length: ${bodyBytes}\r\n\r\n`;
}
