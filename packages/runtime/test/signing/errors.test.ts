import { describe, expect, it } from 'vitest';
import {
  InvalidSecretError,
  MissingHeaderError,
  NoMatchingSignatureError,
  TimestampTooNewError,
  TimestampTooOldError,
  WebhookVerificationError,
} from '../../src/signing/core/errors.js';
import { backends } from './support/backends.js';
import { rejectsWith } from './support/expect-error.js';
import { clockAt, vectors } from './support/vectors.js';

const sw1 = vectors.standard.positive[0]!;
const sw3 = vectors.standard.positive[2]!;
const now = clockAt(sw1.timestamp);
const sw1Headers = {
  'webhook-id': sw1.id,
  'webhook-timestamp': String(sw1.timestamp),
  'webhook-signature': sw1.expected,
};

describe('error classes', () => {
  it('are named WebhookVerificationError subclasses with stable codes', () => {
    const skew = { timestamp: 1, now: 400, skewSeconds: 99, toleranceSeconds: 300 };
    const cases: [WebhookVerificationError, string, string][] = [
      [new MissingHeaderError('webhook-id', false), 'MissingHeaderError', 'MISSING_HEADER'],
      [new TimestampTooOldError(skew), 'TimestampTooOldError', 'TIMESTAMP_TOO_OLD'],
      [new TimestampTooNewError(skew), 'TimestampTooNewError', 'TIMESTAMP_TOO_NEW'],
      [new NoMatchingSignatureError([]), 'NoMatchingSignatureError', 'NO_MATCHING_SIGNATURE'],
      [new InvalidSecretError('bad', 2), 'InvalidSecretError', 'INVALID_SECRET'],
    ];
    for (const [error, name, code] of cases) {
      expect(error).toBeInstanceOf(WebhookVerificationError);
      expect(error).toBeInstanceOf(Error);
      expect(error.name).toBe(name);
      expect(error.code).toBe(code);
      expect(String(error)).toMatch(new RegExp(`^${name}: `));
    }
  });
});

/** Verifies and returns the hints of the NO_MATCHING_SIGNATURE that must follow. */
async function hintsOf(verification: Promise<unknown>): Promise<string[]> {
  const error = await rejectsWith<NoMatchingSignatureError>(verification, 'NO_MATCHING_SIGNATURE');
  expect(error).toBeInstanceOf(NoMatchingSignatureError);
  for (const hint of error.hints) expect(error.message).toContain(hint);
  return [...error.hints];
}

describe.each(backends)('NO_MATCHING_SIGNATURE hints, $name back end', ({ api }) => {
  it('suspects whitespace in the secret when one string held several entries', async () => {
    const secret = `whsec_${sw1.secret.slice(6, 20)} ${sw1.secret.slice(20)}`;
    const hints = await hintsOf(api.verify({ secret, body: sw1.body, headers: sw1Headers, now }));
    expect(hints.some((hint) => hint.startsWith('whitespace in the secret?'))).toBe(true);
    for (const hint of hints) expect(hint).not.toContain(sw1.secret.slice(6, 20));
  });

  it('suspects the format of an unprefixed or short secret', async () => {
    const hints = await hintsOf(
      api.verify({ secret: sw3.secret.slice(6), body: sw1.body, headers: sw1Headers, now }),
    );
    expect(hints).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^wrong secret format\? entry 0 has no whsec_ prefix/),
        expect.stringMatching(/^wrong secret\? entry 0 decodes to only 18 bytes/),
      ]),
    );
  });

  it('suspects a re-serialised body when the body is exactly JSON.stringify output', async () => {
    const body = new TextEncoder().encode(JSON.stringify(JSON.parse(sw1.body)));
    const hints = await hintsOf(api.verify({ secret: sw1.secret, body, headers: sw1Headers, now }));
    expect(hints[0]).toMatch(/^body parsed and re-serialised\?/);
  });

  it('suspects lossy decoding when a string body holds U+FFFD', async () => {
    const decoded = new TextDecoder().decode(new Uint8Array([0x7b, 0xff, 0x7d]));
    const hints = await hintsOf(api.verify({ secret: sw1.secret, body: decoded, headers: sw1Headers, now }));
    expect(hints[0]).toContain('U+FFFD');
  });

  it('does not suspect lossy decoding of raw bytes that are not UTF-8', async () => {
    const body = new Uint8Array([0x7b, 0xff, 0x7d]);
    const hints = await hintsOf(api.verify({ secret: sw1.secret, body, headers: sw1Headers, now }));
    expect(hints.filter((hint) => hint.startsWith('body'))).toEqual([]);
  });

  it('gives no body hint for raw bytes that are not compact JSON', async () => {
    const body = new TextEncoder().encode(`${sw1.body} `);
    const hints = await hintsOf(api.verify({ secret: sw1.secret, body, headers: sw1Headers, now }));
    expect(hints.filter((hint) => hint.startsWith('body'))).toEqual([]);
  });

  it('says when the header only carries signatures of a kind no configured key can check', async () => {
    const pair = await api.generateKeyPair();
    const signedV1a = await api.sign({
      secret: pair.secretKey,
      id: sw1.id,
      timestamp: sw1.timestamp,
      body: sw1.body,
    });
    const hmacOnly = await hintsOf(
      api.verify({ secret: sw1.secret, body: sw1.body, headers: signedV1a, now }),
    );
    expect(hmacOnly[0]).toContain('only v1a (ed25519) signatures');
    const ed25519Only = await hintsOf(
      api.verify({ secret: pair.publicKey, body: sw1.body, headers: sw1Headers, now }),
    );
    expect(ed25519Only[0]).toContain('only v1 (HMAC) signatures');
  });

  it('lists the unknown versions found when nothing could be checked', async () => {
    const headers = { ...sw1Headers, 'webhook-signature': 'v2,abc v3,def' };
    const hints = await hintsOf(api.verify({ secret: sw1.secret, body: sw1.body, headers, now }));
    expect(hints[0]).toContain('found only: v2, v3');
  });

  it('suspects scheme confusion for GitHub and Stripe secrets', async () => {
    const github = await hintsOf(
      api.verify({
        scheme: 'github',
        secret: sw1.secret,
        body: 'x',
        headers: { 'x-hub-signature-256': 'sha256=00' },
      }),
    );
    expect(github.some((hint) => hint.includes('starts with whsec_'))).toBe(true);
    const stripe = await hintsOf(
      api.verify({
        scheme: 'stripe',
        secret: 'sk_live_nope',
        body: 'x',
        headers: { 'stripe-signature': 't=5,v1=00' },
        now: clockAt(5),
      }),
    );
    expect(stripe.some((hint) => hint.includes('no whsec_ prefix'))).toBe(true);
  });

  it('names the missing header and says when it is empty rather than absent', async () => {
    const empty = await rejectsWith(
      api.verify({ secret: sw1.secret, body: sw1.body, headers: { ...sw1Headers, 'webhook-id': '' }, now }),
      'MISSING_HEADER',
    );
    expect(empty).toBeInstanceOf(MissingHeaderError);
    expect(empty.message).toBe('empty header webhook-id');
  });
});
