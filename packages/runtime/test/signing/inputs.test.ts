import type { IncomingHttpHeaders } from 'node:http';
import { describe, expect, it } from 'vitest';
import { backends } from './support/backends.js';
import { rejectsWith } from './support/expect-error.js';
import { clockAt, vectors } from './support/vectors.js';

const sw1 = vectors.standard.positive[0]!;
const now = clockAt(sw1.timestamp);
const bodyBytes = new TextEncoder().encode(sw1.body);

/** The same body in every shape a framework may hand over. */
const bodies: [string, () => unknown][] = [
  ['string', () => sw1.body],
  ['Uint8Array', () => bodyBytes],
  ['Buffer', () => Buffer.from(sw1.body)],
  ['ArrayBuffer', () => bodyBytes.slice().buffer],
  // A view must be read at its offset, not from the start of its buffer.
  ['Uint8Array view into a larger buffer', () => new TextEncoder().encode(`xx${sw1.body}yy`).subarray(2, -2)],
  ['DataView at an offset', () => new DataView(new TextEncoder().encode(`xx${sw1.body}`).buffer, 2)],
];

const headerValues = {
  id: sw1.id,
  timestamp: String(sw1.timestamp),
  signature: sw1.expected,
};

/** The same headers in every shape a framework may hand over. */
const headerShapes: [string, () => unknown][] = [
  [
    'Fetch Headers',
    () =>
      new Headers({
        'Webhook-Id': headerValues.id,
        'WEBHOOK-TIMESTAMP': headerValues.timestamp,
        'webhook-signature': headerValues.signature,
      }),
  ],
  [
    'Node IncomingHttpHeaders with string[] values',
    (): IncomingHttpHeaders => ({
      'webhook-id': headerValues.id,
      'webhook-timestamp': [headerValues.timestamp],
      'webhook-signature': ['v1,bm90IHRoaXMgb25lIG5vdCB0aGlzIG9uZSBub3QgdGhpcyA=', headerValues.signature],
      'content-type': 'application/json',
    }),
  ],
  [
    'plain record with mixed-case keys',
    () => ({
      'Webhook-ID': headerValues.id,
      'Webhook-Timestamp': headerValues.timestamp,
      'Webhook-Signature': headerValues.signature,
    }),
  ],
  [
    'record with a null prototype (as Node builds req.headers)',
    () =>
      Object.assign(Object.create(null), {
        'webhook-id': headerValues.id,
        'webhook-timestamp': headerValues.timestamp,
        'webhook-signature': headerValues.signature,
      }),
  ],
];

const fetchHeaders = () => headerShapes[0]![1]() as Headers;

describe.each(backends)('input shapes, $name back end', ({ api }) => {
  const verifier = api.createVerifier({ secret: sw1.secret, now });

  it.each(bodies)('verifies a body given as %s', async (_shape, body) => {
    await expect(verifier.verify(body() as string, fetchHeaders())).resolves.toMatchObject({ id: sw1.id });
  });

  it.each(bodies)('signs a body given as %s to the published signature', async (_shape, body) => {
    const headers = await api.sign({
      secret: sw1.secret,
      id: sw1.id,
      timestamp: sw1.timestamp,
      body: body() as string,
    });
    expect(headers['webhook-signature']).toBe(sw1.expected);
  });

  it.each(headerShapes)('reads headers given as %s', async (_shape, headers) => {
    await expect(verifier.verify(sw1.body, headers() as Headers)).resolves.toMatchObject({
      id: sw1.id,
      timestamp: sw1.timestamp,
    });
  });

  it('reads a signature header repeated on the wire (values joined with ", ")', async () => {
    const joined = new Headers();
    joined.append('webhook-id', sw1.id);
    joined.append('webhook-timestamp', String(sw1.timestamp));
    joined.append('webhook-signature', 'v1,bm90IHRoaXMgb25lIG5vdCB0aGlzIG9uZSBub3QgdGhpcyA=');
    joined.append('webhook-signature', sw1.expected);
    expect(joined.get('webhook-signature')).toContain(', ');
    await expect(verifier.verify(sw1.body, joined)).resolves.toMatchObject({ id: sw1.id });
  });

  it('refuses a timestamp header sent twice with different values', async () => {
    const headers = {
      'webhook-id': sw1.id,
      'webhook-timestamp': ['1614265330', '1614265331'],
      'webhook-signature': sw1.expected,
    };
    await rejectsWith(verifier.verify(sw1.body, headers), 'INVALID_TIMESTAMP');
  });

  it.each<[string, unknown, string]>([
    ['a parsed JSON object', JSON.parse(sw1.body), 'raw body'],
    ['undefined', undefined, 'no body was passed'],
    ['null', null, 'no body was passed'],
    ['a number', 42, 'string, Uint8Array or ArrayBuffer'],
    ['a ReadableStream', new ReadableStream(), 'read the stream'],
    ['a Blob', new Blob([sw1.body]), 'read the stream'],
  ])('refuses %s as a body, naming the fix', async (_label, body, fix) => {
    const error = await rejectsWith(verifier.verify(body as string, fetchHeaders()), 'UNSUPPORTED_BODY_TYPE');
    expect(error.message).toContain(fix);
    await rejectsWith(
      api.sign({ secret: sw1.secret, id: 'msg_1', body: body as string }),
      'UNSUPPORTED_BODY_TYPE',
    );
  });

  it('refuses headers that are not an object', async () => {
    const error = await rejectsWith(
      verifier.verify(sw1.body, undefined as unknown as Headers),
      'INVALID_OPTION',
    );
    expect(error).toMatchObject({ option: 'headers' });
  });
});
