/**
 * The Node transport's HTTP/1.1 response reader, given raw bytes: what it reports (status, Location,
 * Retry-After, the first KiB of the body, whether the connection can be reused) and what it refuses.
 * Every case is also fed one byte at a time, as a slow server would send it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MalformedResponseError } from '../../src/sender/http1/errors.js';
import { MAX_HEAD_BYTES, ResponseReader } from '../../src/sender/http1/response-reader.js';

interface Read {
  done: boolean;
  status?: number;
  location?: string;
  retryAfter?: string;
  keepAliveMs?: number;
  body: string;
  reusable: boolean;
}

/** Feeds `raw` in pieces of `step` bytes (then, when `closed`, the connection's end). */
function read(raw: string | Buffer, step: number, closed = false): Read {
  const bytes = typeof raw === 'string' ? Buffer.from(raw, 'latin1') : raw;
  const reader = new ResponseReader();
  let done = false;
  // Bytes after the end are fed too: the reader must notice them (the connection cannot be reused).
  for (let at = 0; at < bytes.length; at += step) done = reader.feed(bytes.subarray(at, at + step));
  if (closed && !done) done = reader.end();
  const result: Read = { done, body: reader.body(), reusable: reader.reusable };
  if (reader.head) {
    result.status = reader.head.status;
    if (reader.head.location !== undefined) result.location = reader.head.location;
    if (reader.head.retryAfter !== undefined) result.retryAfter = reader.head.retryAfter;
    if (reader.head.keepAliveMs !== undefined) result.keepAliveMs = reader.head.keepAliveMs;
  }
  return result;
}

const cases: [name: string, raw: string, want: Read, closed?: boolean][] = [
  [
    '204 with no length',
    'HTTP/1.1 204 No Content\r\nDate: Sun, 29 Nov 2026 10:00:00 GMT\r\nConnection: keep-alive\r\n\r\n',
    { done: true, status: 204, body: '', reusable: true },
  ],
  [
    'a Content-Length body',
    'HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Type: text/plain\r\n\r\nhello',
    { done: true, status: 200, body: 'hello', reusable: true },
  ],
  [
    'a chunked body with extensions and trailers',
    'HTTP/1.1 500 Oops\r\nTransfer-Encoding: chunked\r\n\r\n3;x=1\r\nabc\r\nA\r\n0123456789\r\n0\r\nX-Trailer: 1\r\n\r\n',
    { done: true, status: 500, body: 'abc0123456789', reusable: true },
  ],
  [
    'Location and Retry-After, names in any case, the first value wins',
    'HTTP/1.1 301 Moved\r\nLOCATION: https://elsewhere.test/\r\nretry-AFTER: 120\r\nRetry-After: 5\r\ncontent-length: 0\r\n\r\n',
    {
      done: true,
      status: 301,
      location: 'https://elsewhere.test/',
      retryAfter: '120',
      body: '',
      reusable: true,
    },
  ],
  [
    'interim 100 and 103 answers are skipped',
    'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\nHTTP/1.1 202 Accepted\r\nContent-Length: 2\r\n\r\nok',
    { done: true, status: 202, body: 'ok', reusable: true },
  ],
  [
    'bare LF line ends',
    'HTTP/1.1 429 Slow Down\nRetry-After: 7\nContent-Length: 0\n\n',
    { done: true, status: 429, retryAfter: '7', body: '', reusable: true },
  ],
  [
    "the server's Keep-Alive timeout hint",
    'HTTP/1.1 204 No Content\r\nConnection: keep-alive\r\nKeep-Alive: max=100, timeout=5\r\n\r\n',
    { done: true, status: 204, keepAliveMs: 5000, body: '', reusable: true },
  ],
  [
    'Connection: close',
    'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 0\r\n\r\n',
    { done: true, status: 200, body: '', reusable: false },
  ],
  [
    'HTTP/1.0 without keep-alive',
    'HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n',
    { done: true, status: 200, body: '', reusable: false },
  ],
  [
    'no framing: the body lasts until the server closes',
    'HTTP/1.1 200 OK\r\n\r\nuntil close',
    { done: true, status: 200, body: 'until close', reusable: false },
    true,
  ],
  [
    'a status without a reason phrase',
    'HTTP/1.1 410\r\nContent-Length: 0\r\n\r\n',
    { done: true, status: 410, body: '', reusable: true },
  ],
  [
    'bytes after the response: not reusable',
    'HTTP/1.1 204 No Content\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n',
    { done: true, status: 204, body: '', reusable: false },
  ],
  [
    'a body cut short by the close keeps its status but is not done',
    'HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc',
    { done: false, status: 200, body: 'abc', reusable: false },
    true,
  ],
  ['a head still arriving', 'HTTP/1.1 200 OK\r\nContent-Le', { done: false, body: '', reusable: true }],
];

describe('ResponseReader', () => {
  it.each(cases)('%s', (_name, raw, want, closed) => {
    expect(read(raw, raw.length, closed)).toEqual(want);
    expect(read(raw, 1, closed)).toEqual(want);
  });

  it('keeps the first KiB of a long body and stops reading (dropping the connection) past 64 KiB', () => {
    const long = `HTTP/1.1 400 Bad\r\nContent-Length: 100000\r\n\r\n${'x'.repeat(100_000)}`;
    const result = read(long, 4096);
    expect(result).toMatchObject({ done: true, status: 400, reusable: false });
    expect(result.body).toBe('x'.repeat(1024));
  });

  it('decodes the kept body as UTF-8 across reads', () => {
    const body = Buffer.from('{"error":"Zeitüberschreitung – später"}');
    const head = Buffer.from(`HTTP/1.1 503 Busy\r\nContent-Length: ${body.length}\r\n\r\n`);
    expect(read(Buffer.concat([head, body]), 3).body).toBe('{"error":"Zeitüberschreitung – später"}');
  });

  it.each([
    ['not HTTP at all', 'SSH-2.0-OpenSSH_9.6\r\n\r\n'],
    ['HTTP/2 preface', 'HTTP/2 200\r\n\r\n'],
    ['a header line without a colon', 'HTTP/1.1 200 OK\r\nno colon here\r\n\r\n'],
    ['two different lengths', 'HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab'],
    ['a length that is not a number', 'HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n'],
    ['a bad chunk size', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n'],
    [
      'chunk data longer than its size',
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n0\r\n\r\n',
    ],
    ['an unasked-for upgrade', 'HTTP/1.1 101 Switching Protocols\r\nUpgrade: h2c\r\n\r\n'],
  ])('refuses %s', (_name, raw) => {
    expect(() => read(raw, raw.length)).toThrow(MalformedResponseError);
    expect(() => read(raw, 1)).toThrow(MalformedResponseError);
  });

  it('refuses a head larger than the limit, even before it ends', () => {
    const endless = `HTTP/1.1 200 OK\r\nX-Filler: ${'a'.repeat(MAX_HEAD_BYTES)}`;
    expect(() => read(endless, 1024)).toThrow(/response head too large/);
  });

  it('two equal Content-Length values are one length', () => {
    const raw = 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\nok';
    expect(read(raw, raw.length)).toEqual({ done: true, status: 200, body: 'ok', reusable: true });
  });

  it('reads any well-formed response the same however the bytes are split', () => {
    const token = fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/);
    const response = fc.record({
      status: fc.constantFrom(200, 202, 204, 301, 400, 410, 429, 500, 503),
      extra: fc.array(fc.tuple(token, fc.stringMatching(/^[\x21-\x7e][\x20-\x7e]{0,30}$/)), { maxLength: 5 }),
      body: fc.string({ unit: 'binary', maxLength: 2000 }),
      framing: fc.constantFrom('length', 'chunked'),
      chunk: fc.integer({ min: 1, max: 300 }),
      cuts: fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 10 }),
    });
    fc.assert(
      fc.property(response, ({ status, extra, body, framing, chunk, cuts }) => {
        const fields = extra
          .filter(
            ([name]) => !['content-length', 'transfer-encoding', 'connection', 'keep-alive'].includes(name),
          )
          .map(([name, value]) => `${name}: ${value}\r\n`)
          .join('');
        const bytes = Buffer.from(status === 204 ? '' : body);
        let framed: Buffer;
        let head = `HTTP/1.1 ${status} X\r\n${fields}`;
        if (status === 204) {
          framed = Buffer.alloc(0);
        } else if (framing === 'length') {
          head += `Content-Length: ${bytes.length}\r\n`;
          framed = bytes;
        } else {
          head += 'Transfer-Encoding: chunked\r\n';
          const parts: Buffer[] = [];
          for (let at = 0; at < bytes.length; at += chunk) {
            const piece = bytes.subarray(at, at + chunk);
            parts.push(Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n'));
          }
          framed = Buffer.concat([...parts, Buffer.from('0\r\n\r\n')]);
        }
        const raw = Buffer.concat([Buffer.from(`${head}\r\n`), framed]);
        const reader = new ResponseReader();
        let done = false;
        for (let at = 0, i = 0; at < raw.length; at += cuts[i++ % cuts.length] as number) {
          done = reader.feed(raw.subarray(at, at + (cuts[i % cuts.length] as number)));
        }
        const kept = bytes.subarray(0, 1024);
        expect(done).toBe(true);
        expect(reader.head?.status).toBe(status);
        expect(Buffer.from(reader.body()).equals(Buffer.from(kept.toString('utf8')))).toBe(true);
        expect(reader.reusable).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('throws nothing but MalformedResponseError on arbitrary bytes', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('', 'HTTP/1.1 200 OK\r\n', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n'),
        fc.uint8Array({ maxLength: 600 }),
        fc.integer({ min: 1, max: 50 }),
        (prefix, noise, step) => {
          const raw = Buffer.concat([Buffer.from(prefix), noise]);
          const reader = new ResponseReader();
          try {
            for (let at = 0; at < raw.length; at += step) reader.feed(raw.subarray(at, at + step));
            reader.end();
          } catch (error) {
            expect(error).toBeInstanceOf(MalformedResponseError);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
