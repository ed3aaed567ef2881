/**
 * Reads one HTTP/1.1 response from the bytes a keep-alive connection receives, as the sender needs it:
 * the status, `Location` and `Retry-After`, the first {@link RESPONSE_BODY_LIMIT} bytes of the body, and
 * whether the connection can carry the next request. Bodies are framed as RFC 9112 section 6 says
 * (no body for 1xx/204/304, chunked, `Content-Length`, or until the server closes); interim 1xx
 * answers are skipped. The server is a customer's and untrusted: heads and chunk lines have size
 * limits, and a body longer than {@link RESPONSE_DRAIN_LIMIT} stops the reading (the connection is
 * dropped rather than drained).
 */
import { RESPONSE_BODY_LIMIT, RESPONSE_DRAIN_LIMIT } from '../transport.js';
import { MalformedResponseError } from './errors.js';

/** The largest response head accepted (Node's default `--max-http-header-size`). */
export const MAX_HEAD_BYTES = 16 * 1024;

/** The longest chunk-size line accepted (the size in hex plus any extensions). */
const MAX_CHUNK_LINE = 1024;

/** The parts of a response head an attempt records. */
export interface ResponseHead {
  status: number;
  location: string | undefined;
  retryAfter: string | undefined;
  /** `Keep-Alive: timeout=N` in milliseconds: how long the server keeps the idle connection open. */
  keepAliveMs: number | undefined;
}

type Stage = 'head' | 'length' | 'close' | 'chunk-size' | 'chunk-data' | 'chunk-end' | 'trailers' | 'done';

const NO_BODY: ReadonlySet<number> = new Set([204, 304]);

export class ResponseReader {
  /** Set once the final (non-1xx) head has been read. */
  head: ResponseHead | undefined = undefined;
  /** Whether the connection may carry another request after this response. */
  reusable = true;
  private stage: Stage = 'head';
  /** Bytes left of a `Content-Length` body or of the current chunk. */
  private remaining = 0;
  /** Bytes received but not consumed yet (a head or a chunk line split across reads). */
  private pending: Buffer | undefined = undefined;
  private readonly kept: Buffer[] = [];
  private keptBytes = 0;
  private bodyBytes = 0;
  private trailerBytes = 0;

  /** Whether the response is complete (or long enough to stop reading it). */
  get done(): boolean {
    return this.stage === 'done';
  }

  /** The first {@link RESPONSE_BODY_LIMIT} bytes of the body, as text. */
  body(): string {
    if (this.keptBytes === 0) return '';
    const bytes = this.kept.length === 1 ? (this.kept[0] as Buffer) : Buffer.concat(this.kept);
    return bytes.toString('utf8', 0, Math.min(bytes.length, RESPONSE_BODY_LIMIT));
  }

  /** Consumes bytes from the connection; true once the response is done. Throws `MalformedResponseError`. */
  feed(chunk: Buffer): boolean {
    const buffer = this.pending === undefined ? chunk : Buffer.concat([this.pending, chunk]);
    this.pending = undefined;
    let at = 0;
    while (this.stage !== 'done' && at < buffer.length) {
      const stage = this.stage;
      if (stage === 'length' || stage === 'chunk-data') {
        const take = Math.min(this.remaining, buffer.length - at);
        this.keep(buffer, at, at + take);
        at += take;
        this.remaining -= take;
        // `keep` may have ended the reading (drain limit); otherwise the body or the chunk may be complete.
        if (this.stage === stage && this.remaining === 0)
          this.stage = stage === 'length' ? 'done' : 'chunk-end';
      } else if (stage === 'close') {
        this.keep(buffer, at, buffer.length);
        at = buffer.length;
      } else if (stage === 'head') {
        const end = headEnd(buffer, at);
        if (end < 0) {
          if (buffer.length - at > MAX_HEAD_BYTES)
            throw new MalformedResponseError('response head too large');
          break;
        }
        if (end - at > MAX_HEAD_BYTES) throw new MalformedResponseError('response head too large');
        this.readHead(buffer.toString('latin1', at, end));
        at = end;
      } else {
        const newline = buffer.indexOf(10, at);
        if (newline < 0) {
          if (buffer.length - at > MAX_CHUNK_LINE) throw new MalformedResponseError('chunk line too long');
          break;
        }
        const line = buffer.toString(
          'latin1',
          at,
          newline > at && buffer[newline - 1] === 13 ? newline - 1 : newline,
        );
        at = newline + 1;
        this.readLine(line);
      }
    }
    if (at < buffer.length) {
      // Bytes after a complete response were not asked for: the connection's framing cannot be trusted.
      if (this.stage === 'done') this.reusable = false;
      else this.pending = buffer.subarray(at);
    }
    return this.stage === 'done';
  }

  /** The connection closed: true when that completes the response (a body read until close). */
  end(): boolean {
    if (this.stage === 'close') this.stage = 'done';
    this.reusable = false;
    return this.stage === 'done';
  }

  private keep(buffer: Buffer, from: number, to: number): void {
    const length = to - from;
    if (length === 0) return;
    this.bodyBytes += length;
    if (this.keptBytes < RESPONSE_BODY_LIMIT) {
      this.kept.push(buffer.subarray(from, to));
      this.keptBytes += length;
    }
    // Draining a huge body would cost more than a new connection: stop here and drop this one.
    if (this.bodyBytes > RESPONSE_DRAIN_LIMIT) {
      this.stage = 'done';
      this.reusable = false;
    }
  }

  private readLine(line: string): void {
    if (this.stage === 'chunk-size') {
      const semicolon = line.indexOf(';');
      const hex = (semicolon < 0 ? line : line.slice(0, semicolon)).trim();
      if (!/^[0-9a-fA-F]{1,12}$/.test(hex))
        throw new MalformedResponseError(`bad chunk size ${JSON.stringify(hex)}`);
      this.remaining = Number.parseInt(hex, 16);
      this.stage = this.remaining === 0 ? 'trailers' : 'chunk-data';
    } else if (this.stage === 'chunk-end') {
      if (line !== '') throw new MalformedResponseError('chunk data longer than its size');
      this.stage = 'chunk-size';
    } else {
      // Trailer fields are not used; the empty line ends the response.
      this.trailerBytes += line.length + 2;
      if (this.trailerBytes > MAX_HEAD_BYTES) throw new MalformedResponseError('trailers too large');
      if (line === '') this.stage = 'done';
    }
  }

  private readHead(text: string): void {
    let lineEnd = text.indexOf('\n');
    const statusLine = text.slice(
      0,
      lineEnd > 0 && text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd,
    );
    const match = /^HTTP\/1\.([01]) (\d{3})(?: |$)/.exec(statusLine);
    if (!match)
      throw new MalformedResponseError(
        `not an HTTP/1.x status line: ${JSON.stringify(statusLine.slice(0, 80))}`,
      );
    const status = Number(match[2]);
    let location: string | undefined;
    let retryAfter: string | undefined;
    let contentLength: string | undefined;
    let transferEncoding: string | undefined;
    let connection = '';
    let keepAlive: string | undefined;
    // Only six fields matter; their name lengths filter the rest out cheaply.
    while (lineEnd >= 0 && lineEnd < text.length - 1) {
      const start = lineEnd + 1;
      lineEnd = text.indexOf('\n', start);
      const end = lineEnd < 0 ? text.length : text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
      if (end === start) break; // the empty line that ends the head
      const first = text.charCodeAt(start);
      if (first === 32 || first === 9) continue; // obsolete line folding: a continuation of a field we skip
      const colon = text.indexOf(':', start);
      if (colon <= start || colon > end) throw new MalformedResponseError('a header line without a name');
      const length = colon - start;
      if (length !== 8 && length !== 10 && length !== 11 && length !== 14 && length !== 17) continue;
      const name = text.slice(start, colon).toLowerCase();
      const value = text.slice(colon + 1, end).trim();
      if (name === 'location') location ??= value;
      else if (name === 'retry-after') retryAfter ??= value;
      else if (name === 'content-length')
        contentLength = contentLength === undefined ? value : `${contentLength},${value}`;
      else if (name === 'transfer-encoding')
        transferEncoding = transferEncoding === undefined ? value : `${transferEncoding},${value}`;
      else if (name === 'connection') connection += `,${value.toLowerCase()}`;
      else if (name === 'keep-alive') keepAlive ??= value;
    }
    if (status === 101) throw new MalformedResponseError('101 Switching Protocols was not asked for');
    if (status < 200) return; // interim (100 Continue, 103 Early Hints): the final answer follows
    const hint =
      keepAlive === undefined ? undefined : /(?:^|[\s,])timeout\s*=\s*(\d{1,9})/i.exec(keepAlive)?.[1];
    this.head = {
      status,
      location,
      retryAfter,
      keepAliveMs: hint === undefined ? undefined : Number(hint) * 1000,
    };
    const persistent =
      match[1] === '1' ? !/(^|,)\s*close\s*(,|$)/.test(connection) : /keep-alive/.test(connection);
    if (!persistent) this.reusable = false;
    if (NO_BODY.has(status)) {
      this.stage = 'done';
    } else if (transferEncoding !== undefined) {
      // Chunked must be the last coding; anything else is read until the server closes (RFC 9112 6.3).
      const codings = transferEncoding.toLowerCase().split(',');
      const chunked = codings[codings.length - 1]?.trim() === 'chunked';
      this.stage = chunked ? 'chunk-size' : 'close';
      if (!chunked || contentLength !== undefined) this.reusable = false;
    } else if (contentLength !== undefined) {
      const lengths = new Set(contentLength.split(',').map((v) => v.trim()));
      const [only] = lengths;
      if (lengths.size !== 1 || only === undefined || !/^\d{1,15}$/.test(only))
        throw new MalformedResponseError(`bad Content-Length ${JSON.stringify(contentLength)}`);
      this.remaining = Number(only);
      this.stage = this.remaining === 0 ? 'done' : 'length';
    } else {
      this.stage = 'close';
      this.reusable = false;
    }
  }
}

/** The index just past the empty line that ends a head starting at `from`, or -1 if it has not arrived. */
function headEnd(buffer: Buffer, from: number): number {
  let newline = buffer.indexOf(10, from);
  while (newline >= 0) {
    const next = buffer[newline + 1];
    if (next === 10) return newline + 2;
    if (next === 13) {
      const after = buffer[newline + 2];
      if (after === 10) return newline + 3;
      if (after === undefined) return -1;
    }
    if (next === undefined) return -1;
    newline = buffer.indexOf(10, newline + 1);
  }
  return -1;
}
