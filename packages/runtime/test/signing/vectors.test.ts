import { describe, expect, it } from 'vitest';
import { backends } from './support/backends.js';
import { rejectsWith } from './support/expect-error.js';
import { clockAt, vectors } from './support/vectors.js';

const { standard, github, stripe } = vectors;
const sw1 = standard.positive[0]!;

/** SW-1's headers with one field replaced. */
const sw1Headers = (override: Record<string, string> = {}) => ({
  'webhook-id': sw1.id,
  'webhook-timestamp': String(sw1.timestamp),
  'webhook-signature': sw1.expected,
  ...override,
});

describe.each(backends)('published vectors, $name back end', ({ api }) => {
  describe('Standard Webhooks v1 (HMAC)', () => {
    it.each(standard.positive)('$name signs to exactly the expected value and verifies', async (vector) => {
      const headers = await api.sign({
        secret: vector.secret,
        id: vector.id,
        timestamp: vector.timestamp,
        body: vector.body,
      });
      expect(headers).toEqual({
        'webhook-id': vector.id,
        'webhook-timestamp': String(vector.timestamp),
        'webhook-signature': vector.expected,
      });
      const verified = await api.verify({
        secret: vector.secret,
        body: vector.body,
        headers,
        now: clockAt(vector.timestamp),
      });
      expect(verified).toEqual({
        scheme: 'standard',
        id: vector.id,
        timestamp: vector.timestamp,
        secretIndex: 0,
      });
    });

    it.each(standard.positive)('$name verifies with the secret stripped of whsec_', async (vector) => {
      const headers = {
        'webhook-id': vector.id,
        'webhook-timestamp': String(vector.timestamp),
        'webhook-signature': vector.expected,
      };
      const secret = vector.secret.slice('whsec_'.length);
      await expect(
        api.verify({ secret, body: vector.body, headers, now: clockAt(vector.timestamp) }),
      ).resolves.toMatchObject({ id: vector.id });
    });

    it('accepts a header with several entries when one matches, skipping unknown versions', async () => {
      const signature = standard.multipleSignaturesAcceptedWhenOneMatches.replace('{VALID}', sw1.expected);
      const verified = await api.verify({
        secret: sw1.secret,
        body: sw1.body,
        headers: sw1Headers({ 'webhook-signature': signature }),
        now: clockAt(sw1.timestamp),
      });
      expect(verified.id).toBe(sw1.id);
    });

    it.each(standard.negativeForSW1.signatures)('rejects signature %j', async (signature) => {
      await rejectsWith(
        api.verify({
          secret: sw1.secret,
          body: sw1.body,
          headers: sw1Headers({ 'webhook-signature': signature }),
          now: clockAt(sw1.timestamp),
        }),
        'NO_MATCHING_SIGNATURE',
      );
    });

    it.each(standard.negativeForSW1.timestamps.filter((value) => value !== ''))(
      'rejects timestamp %j',
      async (timestamp) => {
        await rejectsWith(
          api.verify({
            secret: sw1.secret,
            body: sw1.body,
            headers: sw1Headers({ 'webhook-timestamp': timestamp }),
            now: clockAt(sw1.timestamp),
          }),
          'INVALID_TIMESTAMP',
        );
      },
    );

    it('rejects the empty timestamp as a missing header', async () => {
      expect(standard.negativeForSW1.timestamps).toContain('');
      const error = await rejectsWith(
        api.verify({
          secret: sw1.secret,
          body: sw1.body,
          headers: sw1Headers({ 'webhook-timestamp': '' }),
          now: clockAt(sw1.timestamp),
        }),
        'MISSING_HEADER',
      );
      expect(error).toMatchObject({ header: 'webhook-timestamp' });
    });

    it.each(['webhook-id', 'webhook-timestamp', 'webhook-signature'])(
      'rule: rejects when %s is missing',
      async (name) => {
        const headers: Record<string, string> = sw1Headers();
        delete headers[name];
        const error = await rejectsWith(
          api.verify({ secret: sw1.secret, body: sw1.body, headers, now: clockAt(sw1.timestamp) }),
          'MISSING_HEADER',
        );
        expect(error).toMatchObject({ header: name });
        expect(error.message).toContain(name);
      },
    );

    it(`rule: rejects timestamps more than ${standard.toleranceSeconds} s away on either side`, async () => {
      const at = (seconds: number) =>
        api.verify({ secret: sw1.secret, body: sw1.body, headers: sw1Headers(), now: clockAt(seconds) });
      const tolerance = standard.toleranceSeconds;
      await expect(at(sw1.timestamp + tolerance)).resolves.toBeDefined();
      await expect(at(sw1.timestamp - tolerance)).resolves.toBeDefined();
      await rejectsWith(at(sw1.timestamp + tolerance + 1), 'TIMESTAMP_TOO_OLD');
      await rejectsWith(at(sw1.timestamp - tolerance - 1), 'TIMESTAMP_TOO_NEW');
    });

    it.each(['', 'whsec_'])('rule: the empty secret %j is an error at construction', async (secret) => {
      expect(() => api.createVerifier({ secret })).toThrow(
        expect.objectContaining({ code: 'INVALID_SECRET' }),
      );
      expect(() => api.createSigner({ secret })).toThrow(expect.objectContaining({ code: 'INVALID_SECRET' }));
    });

    it('rule: a parsed and re-serialised body does not verify', async () => {
      const reserialised = JSON.stringify(JSON.parse(sw1.body));
      expect(reserialised).not.toBe(sw1.body);
      const error = await rejectsWith(
        api.verify({
          secret: sw1.secret,
          body: reserialised,
          headers: sw1Headers(),
          now: clockAt(sw1.timestamp),
        }),
        'NO_MATCHING_SIGNATURE',
      );
      expect((error as { hints?: string[] }).hints?.join(' ')).toContain('re-serialised');
    });
  });

  describe('Standard Webhooks v1a (ed25519)', () => {
    it.each(standard.asymmetric)('$name signs to exactly the expected value', async (vector) => {
      const headers = await api.sign({
        secret: vector.secretKey,
        id: vector.id,
        timestamp: vector.timestamp,
        body: vector.body,
      });
      expect(headers['webhook-signature']).toBe(vector.expected);
    });

    it.each(standard.asymmetric)(
      '$name verifies with the public key and with the secret key',
      async (vector) => {
        const headers = {
          'webhook-id': vector.id,
          'webhook-timestamp': String(vector.timestamp),
          'webhook-signature': vector.expected,
        };
        for (const secret of [vector.publicKey, vector.secretKey]) {
          await expect(
            api.verify({ secret, body: vector.body, headers, now: clockAt(vector.timestamp) }),
          ).resolves.toMatchObject({
            id: vector.id,
          });
        }
        await rejectsWith(
          api.verify({
            secret: vector.publicKey,
            body: `${vector.body} `,
            headers,
            now: clockAt(vector.timestamp),
          }),
          'NO_MATCHING_SIGNATURE',
        );
      },
    );
  });

  describe('GitHub X-Hub-Signature-256', () => {
    it.each(github.positive)('$name signs to exactly the expected value and verifies', async (vector) => {
      const headers = await api.sign({ scheme: 'github', secret: vector.secret, body: vector.body });
      expect(headers).toEqual({ [github.header.toLowerCase()]: vector.expected });
      const verified = await api.verify({
        scheme: 'github',
        secret: vector.secret,
        body: vector.body,
        headers: { [github.header]: vector.expected },
      });
      expect(verified).toEqual({ scheme: 'github', id: undefined, timestamp: undefined, secretIndex: 0 });
      await rejectsWith(
        api.verify({
          scheme: 'github',
          secret: `${vector.secret}!`,
          body: vector.body,
          headers: { [github.header]: vector.expected },
        }),
        'NO_MATCHING_SIGNATURE',
      );
    });
  });

  describe('Stripe-Signature', () => {
    it.each(stripe.positive)('$name signs to exactly the expected value and verifies', async (vector) => {
      const headers = await api.sign({
        scheme: 'stripe',
        secret: vector.secret,
        timestamp: vector.timestamp,
        body: vector.body,
      });
      expect(headers).toEqual({ [stripe.header.toLowerCase()]: vector.expected });
      const verified = await api.verify({
        scheme: 'stripe',
        secret: vector.secret,
        body: vector.body,
        headers: { [stripe.header]: vector.expected },
        now: clockAt(vector.timestamp),
      });
      expect(verified).toEqual({
        scheme: 'stripe',
        id: undefined,
        timestamp: vector.timestamp,
        secretIndex: 0,
      });
      await rejectsWith(
        api.verify({
          scheme: 'stripe',
          secret: vector.secret,
          body: vector.body,
          headers: { [stripe.header]: vector.expected },
          now: clockAt(vector.timestamp + 301),
        }),
        'TIMESTAMP_TOO_OLD',
      );
    });
  });
});
