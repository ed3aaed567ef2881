import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { TimestampTooOldError } from '../../src/signing/core/errors.js';
import { backends } from './support/backends.js';
import { rejectsWith } from './support/expect-error.js';
import { clockAt, vectors } from './support/vectors.js';

const sw1 = vectors.standard.positive[0]!;
const headers = (timestamp: string = String(sw1.timestamp), signature = sw1.expected) => ({
  'webhook-id': sw1.id,
  'webhook-timestamp': timestamp,
  'webhook-signature': signature,
});

describe.each(backends)('timestamps, $name back end', ({ api }) => {
  const verifyAt = (seconds: number, toleranceSeconds?: number) =>
    api.verify({
      secret: sw1.secret,
      body: sw1.body,
      headers: headers(),
      now: clockAt(seconds),
      toleranceSeconds,
    });

  it('applies a configured tolerance in both directions', async () => {
    await expect(verifyAt(sw1.timestamp + 10, 10)).resolves.toBeDefined();
    await expect(verifyAt(sw1.timestamp - 10, 10)).resolves.toBeDefined();
    await rejectsWith(verifyAt(sw1.timestamp + 11, 10), 'TIMESTAMP_TOO_OLD');
    await rejectsWith(verifyAt(sw1.timestamp - 11, 10), 'TIMESTAMP_TOO_NEW');
  });

  it('with tolerance 0 accepts only the same second', async () => {
    await expect(verifyAt(sw1.timestamp, 0)).resolves.toBeDefined();
    await rejectsWith(verifyAt(sw1.timestamp + 1, 0), 'TIMESTAMP_TOO_OLD');
  });

  it('accepts any age when the tolerance is explicitly Infinity', async () => {
    await expect(
      verifyAt(sw1.timestamp + 10 * 365 * 86_400, Number.POSITIVE_INFINITY),
    ).resolves.toBeDefined();
    await expect(verifyAt(0, Number.POSITIVE_INFINITY)).resolves.toBeDefined();
  });

  it('reports the skew beyond the tolerance', async () => {
    const error = await rejectsWith<TimestampTooOldError>(verifyAt(sw1.timestamp + 400), 'TIMESTAMP_TOO_OLD');
    expect(error).toMatchObject({
      name: 'TimestampTooOldError',
      timestamp: sw1.timestamp,
      now: sw1.timestamp + 400,
      toleranceSeconds: 300,
      skewSeconds: 100,
    });
    expect(error.message).toContain('400 s old');
    const early = await rejectsWith<TimestampTooOldError>(verifyAt(sw1.timestamp - 305), 'TIMESTAMP_TOO_NEW');
    expect(early).toMatchObject({ name: 'TimestampTooNewError', skewSeconds: 5 });
  });

  it('checks the timestamp before the signature, so a stale replay is reported as stale', async () => {
    const stale = api.verify({
      secret: sw1.secret,
      body: 'tampered',
      headers: headers(),
      now: clockAt(sw1.timestamp + 3600),
    });
    await rejectsWith(stale, 'TIMESTAMP_TOO_OLD');
  });

  it.each([-1, Number.NaN, '300', null])('refuses tolerance %s', (toleranceSeconds) => {
    expect(() =>
      api.createVerifier({ secret: sw1.secret, toleranceSeconds: toleranceSeconds as number }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', option: 'toleranceSeconds' }));
  });

  it('refuses a clock that is not a function', () => {
    expect(() => api.createVerifier({ secret: sw1.secret, now: 5 as unknown as () => number })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', option: 'now' }),
    );
  });

  it.each(['1614265330 ', '+1614265330', '1e9', '99999999999999999999', '１６１４２６５３３０'])(
    'refuses timestamp header %j',
    async (timestamp) => {
      await rejectsWith(
        api.verify({
          secret: sw1.secret,
          body: sw1.body,
          headers: headers(timestamp),
          toleranceSeconds: Infinity,
        }),
        'INVALID_TIMESTAMP',
      );
    },
  );

  it('signs over the timestamp text as sent: leading zeros are not normalised away', async () => {
    const text = `0${sw1.timestamp}`;
    const key = Buffer.from(sw1.secret.slice(6), 'base64');
    const mac = createHmac('sha256', key).update(`${sw1.id}.${text}.${sw1.body}`).digest('base64');
    const verify = (timestamp: string, signature: string) =>
      api.verify({
        secret: sw1.secret,
        body: sw1.body,
        headers: headers(timestamp, signature),
        now: clockAt(sw1.timestamp),
      });
    await expect(verify(text, `v1,${mac}`)).resolves.toMatchObject({ timestamp: sw1.timestamp });
    await rejectsWith(verify(text, sw1.expected), 'NO_MATCHING_SIGNATURE');
  });

  describe('signing', () => {
    it("uses the injected clock's whole seconds when no timestamp is given", async () => {
      const signer = api.createSigner({ secret: sw1.secret, now: () => 1_700_000_000_999 });
      const signed = await signer.sign({ id: 'msg_1', body: '{}' });
      expect(signed['webhook-timestamp']).toBe('1700000000');
    });

    it('accepts a Date', async () => {
      const signed = await api.sign({
        secret: sw1.secret,
        id: sw1.id,
        body: sw1.body,
        timestamp: new Date(sw1.timestamp * 1000 + 999),
      });
      expect(signed['webhook-signature']).toBe(sw1.expected);
    });

    it.each<[string, unknown, string]>([
      ['milliseconds', Date.now(), 'looks like milliseconds'],
      ['a fraction', 1.5, 'whole Unix seconds'],
      ['a negative number', -1, 'whole Unix seconds'],
      ['an invalid Date', new Date('nope'), 'invalid'],
      ['a string', '1614265330', 'whole Unix seconds'],
    ])('refuses %s as a timestamp', async (_label, timestamp, message) => {
      const error = await rejectsWith(
        api.sign({ secret: sw1.secret, id: 'msg_1', body: '{}', timestamp: timestamp as number }),
        'INVALID_TIMESTAMP',
      );
      expect(error.message).toContain(message);
    });
  });
});
