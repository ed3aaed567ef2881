/**
 * fast-check: random requests and valid requests altered in one byte. Never a 2xx for a forged or
 * altered request, never a throw, never an unhandled rejection; on both signing back ends, and over
 * HTTP through every adapter.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as nodeEntry from '../../src/receiver/node.js';
import * as webEntry from '../../src/receiver/web.js';
import { secret, type TestEventMap, table } from './support/contract.js';
import { signed, type TestRequest, validOrder } from './support/requests.js';
import { adapterNames, type Served, send, serveWith } from './support/servers.js';

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeAll(() => {
  process.on('unhandledRejection', onUnhandled);
});
afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
  expect(unhandled).toEqual([]);
});

const KNOWN_STATUSES = new Set([204, 400, 401, 405, 408, 413, 415, 422, 429, 500]);

const headerName = fc.constantFrom(
  'content-type',
  'webhook-id',
  'webhook-timestamp',
  'webhook-signature',
  'content-length',
  'x-other',
);
const headerValue = fc.oneof(
  fc.string(),
  fc.constantFrom('application/json', 'v1,', 'v1a,AAAA', '1700000000', String(Math.floor(Date.now() / 1000))),
  fc.array(fc.string(), { maxLength: 3 }),
);
const body = fc.oneof(
  fc.string(),
  fc.uint8Array({ maxLength: 256 }),
  fc.json(),
  fc.constant(validOrder()),
  fc.constant(null),
);

/** One byte of one signed part changed to another value. */
function alter(
  request: TestRequest,
  part: 'body' | 'webhook-id' | 'webhook-timestamp' | 'webhook-signature',
  at: number,
  delta: number,
) {
  const text = part === 'body' ? request.body : (request.headers[part] as string);
  const bytes = new TextEncoder().encode(text);
  const index = at % bytes.length;
  bytes[index] = ((bytes[index] as number) + delta) % 256;
  const altered = Buffer.from(bytes).toString('latin1');
  return part === 'body'
    ? { ...request, body: bytes as unknown as string }
    : { ...request, headers: { ...request.headers, [part]: altered } };
}

describe.each([
  ['node', nodeEntry],
  ['web', webEntry],
] as const)('%s back end', (_name, entry) => {
  let handled = 0;
  const receiver = entry.createReceiver<TestEventMap>(table, { secret, maxBodyBytes: 1024 }).onAny(() => {
    handled++;
  });

  it('answers random requests with a known status and never 2xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('POST', 'GET', 'PUT', 'post'),
        fc.dictionary(headerName, headerValue),
        body,
        async (method, headers, payload) => {
          const answer = await receiver.handle({ method, headers, body: payload as never });
          expect(KNOWN_STATUSES.has(answer.status)).toBe(true);
          expect(answer.status).not.toBe(204);
          if (answer.body !== null) expect(JSON.parse(answer.body).error.code).toEqual(expect.any(String));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('never accepts a valid request altered in one byte', async () => {
    const before = handled;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('body', 'webhook-id', 'webhook-timestamp', 'webhook-signature'),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        async (part, at, delta) => {
          const answer = await receiver.handle(alter(signed(validOrder()), part, at, delta));
          expect(answer.status).toBeGreaterThanOrEqual(400);
          expect(KNOWN_STATUSES.has(answer.status)).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
    expect(handled).toBe(before);
    // The same requests unaltered are accepted, so the property is not vacuous.
    expect((await receiver.handle(signed(validOrder()))).status).toBe(204);
  });

  it('survives hostile inputs to handle() itself', async () => {
    const hostile = [
      { method: 'POST', headers: null, body: '' },
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: 42 },
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: { not: 'a stream' } },
    ];
    for (const request of hostile) {
      const answer = await receiver.handle(request as never);
      expect(answer.status).toBeGreaterThanOrEqual(400);
    }
  });
});

describe.each(adapterNames)('over HTTP (%s adapter)', (adapter) => {
  let served: Served;
  const receiver = nodeEntry.createReceiver<TestEventMap>(table, { secret, maxBodyBytes: 1024 });
  beforeAll(async () => {
    served = await serveWith(adapter, receiver as never);
  });
  afterAll(() => served.close());

  // Header values a client can send: visible ASCII and spaces (Node's client refuses the rest).
  const wireValue = fc.stringMatching(/^[\x21-\x7e][\x20-\x7e]{0,40}$/);

  it('answers random requests with a known non-2xx status and keeps serving', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(
          headerName.filter((name) => name !== 'content-length'),
          wireValue,
        ),
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.uint8Array({ maxLength: 2048 }),
          fc.constant(validOrder()),
        ),
        async (headers, payload) => {
          const answer = await send(served.url, { method: 'POST', headers, body: payload });
          expect(KNOWN_STATUSES.has(answer.status)).toBe(true);
          expect(answer.status).not.toBe(204);
        },
      ),
      { numRuns: 150 },
    );
    expect((await send(served.url, signed(validOrder()))).status).toBe(204);
  });
});
