import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { backends } from './support/backends.js';
import { rejectsWith } from './support/expect-error.js';
import { clockAt, vectors } from './support/vectors.js';

const gh = vectors.github.positive[0]!;
const st = vectors.stripe.positive[0]!;
const stripeNow = clockAt(st.timestamp);

describe.each(backends)('schemes, $name back end', ({ api }) => {
  it('refuses an unknown scheme name', () => {
    expect(() => api.createVerifier({ secret: 'x', scheme: 'svix' as 'standard' })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', option: 'scheme' }),
    );
  });

  describe('github', () => {
    const verify = (headers: Record<string, string>, toleranceSeconds?: number) =>
      api.verify({
        scheme: 'github',
        secret: gh.secret,
        body: gh.body,
        headers,
        toleranceSeconds,
        now: clockAt(0),
      });

    it('names the missing header', async () => {
      const error = await rejectsWith(verify({ 'x-hub-signature': 'sha1=abc' }), 'MISSING_HEADER');
      expect(error).toMatchObject({ header: 'x-hub-signature-256' });
    });

    it('reports the delivery id and ignores the tolerance (nothing time-bound is signed)', async () => {
      const verified = await verify({ 'X-Hub-Signature-256': gh.expected, 'X-GitHub-Delivery': 'd1f0' }, 1);
      expect(verified).toEqual({ scheme: 'github', id: 'd1f0', timestamp: undefined, secretIndex: 0 });
    });

    it('compares the canonical lower-case hex only', async () => {
      await rejectsWith(
        verify({ 'x-hub-signature-256': gh.expected.toUpperCase() }),
        'NO_MATCHING_SIGNATURE',
      );
      await rejectsWith(
        verify({ 'x-hub-signature-256': gh.expected.slice('sha256='.length) }),
        'NO_MATCHING_SIGNATURE',
      );
    });

    it('hints at the expected layout when no entry can be checked', async () => {
      const error = await rejectsWith(verify({ 'x-hub-signature-256': 'sha1=abc' }), 'NO_MATCHING_SIGNATURE');
      expect(error.message).toContain('found only: sha1');
      expect(error.message).toContain('sha256=<64 lower-case hex digits>');
    });
  });

  describe('stripe', () => {
    const verify = (header: string, now = stripeNow) =>
      api.verify({
        scheme: 'stripe',
        secret: st.secret,
        body: st.body,
        headers: { 'Stripe-Signature': header },
        now,
      });
    const mac = st.expected.split('v1=')[1]!;

    it('accepts extra elements (v0, several v1) when one v1 matches', async () => {
      const header = `t=${st.timestamp},v0=${mac},v1=${'0'.repeat(64)},v1=${mac}`;
      await expect(verify(header)).resolves.toMatchObject({ timestamp: st.timestamp });
    });

    it('refuses a header without t= or with a malformed t', async () => {
      await rejectsWith(verify(`v1=${mac}`), 'INVALID_TIMESTAMP');
      await rejectsWith(verify(`t=1492774577.5,v1=${mac}`), 'INVALID_TIMESTAMP');
    });

    it('checks the timestamp both ways', async () => {
      await rejectsWith(verify(st.expected, clockAt(st.timestamp - 301)), 'TIMESTAMP_TOO_NEW');
      await rejectsWith(verify(st.expected, clockAt(st.timestamp + 301)), 'TIMESTAMP_TOO_OLD');
    });

    it('does not accept a v0 element as a signature', async () => {
      await rejectsWith(verify(`t=${st.timestamp},v0=${mac}`), 'NO_MATCHING_SIGNATURE');
    });
  });

  describe('standard: message ids when signing', () => {
    it.each<[string, unknown, string]>([
      ['a missing id', undefined, 'required'],
      ['an empty id', '', 'empty string'],
      ['an id with a dot', 'msg.1', "must not contain '.'"],
      ['an id with a space', 'msg 1', 'printable ASCII'],
      ['an id with a newline', 'msg\n1', 'printable ASCII'],
      ['an id with non-ASCII', 'msg_é', 'printable ASCII'],
    ])('refuses %s', async (_label, id, message) => {
      const error = await rejectsWith(
        api.sign({ secret: vectors.standard.positive[0]!.secret, id: id as string, body: '{}' }),
        'INVALID_MESSAGE_ID',
      );
      expect(error.message).toContain(message);
    });

    it('still verifies an id containing a dot, as other senders may use one', async () => {
      const sw1 = vectors.standard.positive[0]!;
      const key = Buffer.from(sw1.secret.slice(6), 'base64');
      const id = 'msg.with.dots';
      const mac = createHmac('sha256', key).update(`${id}.${sw1.timestamp}.${sw1.body}`).digest('base64');
      const headers = {
        'webhook-id': id,
        'webhook-timestamp': String(sw1.timestamp),
        'webhook-signature': `v1,${mac}`,
      };
      await expect(
        api.verify({ secret: sw1.secret, body: sw1.body, headers, now: clockAt(sw1.timestamp) }),
      ).resolves.toMatchObject({ id });
    });
  });
});
