import { describe, expect, it } from 'vitest';
import { backends } from './support/backends.js';
import { rejectsWith } from './support/expect-error.js';
import { clockAt } from './support/vectors.js';

const at = 1_700_000_000;
const now = clockAt(at);
const body = '{"type":"order.created","version":1,"data":{"id":"ord_1"}}';
const message = { id: 'msg_rotation', timestamp: at, body };

describe.each(backends)('key rotation, $name back end', ({ api }) => {
  const oldSecret = api.generateSecret();
  const newSecret = api.generateSecret();
  const unrelated = api.generateSecret();

  it('signs with every active secret, one v1 entry each, in configured order', async () => {
    const both = await api.sign({ secret: `${oldSecret} ${newSecret}`, ...message });
    const alone = await Promise.all([oldSecret, newSecret].map((secret) => api.sign({ secret, ...message })));
    expect(both['webhook-signature']).toBe(alone.map((headers) => headers['webhook-signature']).join(' '));
    const asArray = await api.sign({ secret: [oldSecret, newSecret], ...message });
    expect(asArray).toEqual(both);
  });

  it('verifies with any configured secret and reports which one matched', async () => {
    const signedWithOld = await api.sign({ secret: oldSecret, ...message });
    const verifier = api.createVerifier({ secret: `${newSecret} ${oldSecret}`, now });
    await expect(verifier.verify(body, signedWithOld)).resolves.toMatchObject({ secretIndex: 1 });
    const signedWithBoth = await api.sign({ secret: [oldSecret, newSecret], ...message });
    await expect(
      api.verify({ secret: newSecret, body, headers: signedWithBoth, now }),
    ).resolves.toMatchObject({
      secretIndex: 0,
    });
    await rejectsWith(
      api.verify({ secret: unrelated, body, headers: signedWithBoth, now }),
      'NO_MATCHING_SIGNATURE',
    );
  });

  it('mixes HMAC secrets and ed25519 keys in one rotation set', async () => {
    const pair = await api.generateKeyPair();
    const headers = await api.sign({ secret: [newSecret, pair.secretKey], ...message });
    expect(headers['webhook-signature']).toMatch(/^v1,\S+ v1a,\S+$/);
    await expect(api.verify({ secret: pair.publicKey, body, headers, now })).resolves.toMatchObject({
      secretIndex: 0,
    });
    await expect(api.verify({ secret: [unrelated, newSecret], body, headers, now })).resolves.toMatchObject({
      secretIndex: 1,
    });
    await expect(
      api.verify({ secret: `${unrelated} ${pair.publicKey}`, body, headers, now }),
    ).resolves.toMatchObject({
      secretIndex: 1,
    });
  });

  it('skips entries with unknown version tags', async () => {
    const headers = await api.sign({ secret: newSecret, ...message });
    const mac = headers['webhook-signature']!.slice('v1,'.length);
    const withUnknown = { ...headers, 'webhook-signature': `v2,${mac} v1b,${mac} ${mac} v1,${mac}` };
    await expect(api.verify({ secret: newSecret, body, headers: withUnknown, now })).resolves.toBeDefined();
    const onlyUnknown = { ...headers, 'webhook-signature': `v2,${mac} V1,${mac} ${mac}` };
    await rejectsWith(
      api.verify({ secret: newSecret, body, headers: onlyUnknown, now }),
      'NO_MATCHING_SIGNATURE',
    );
  });

  it('looks at the first 32 entries only', async () => {
    const headers = await api.sign({ secret: newSecret, ...message });
    const filler = Array.from({ length: 31 }, () => 'v1,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=').join(
      ' ',
    );
    const at32 = { ...headers, 'webhook-signature': `${filler} ${headers['webhook-signature']}` };
    await expect(api.verify({ secret: newSecret, body, headers: at32, now })).resolves.toBeDefined();
    const at33 = { ...headers, 'webhook-signature': `v1,x ${filler} ${headers['webhook-signature']}` };
    const error = await rejectsWith(
      api.verify({ secret: newSecret, body, headers: at33, now }),
      'NO_MATCHING_SIGNATURE',
    );
    expect(error.message).not.toContain(newSecret);
  });

  it('stripe: one v1 element per active secret; either secret verifies', async () => {
    const [first, second] = ['whsec_first_secret', 'whsec_second_secret'];
    const headers = await api.sign({ scheme: 'stripe', secret: `${first} ${second}`, timestamp: at, body });
    expect(headers['stripe-signature']).toMatch(/^t=1700000000,v1=[0-9a-f]{64},v1=[0-9a-f]{64}$/);
    for (const secret of [first, second]) {
      await expect(api.verify({ scheme: 'stripe', secret, body, headers, now })).resolves.toBeDefined();
    }
  });

  it('github: the signer takes one secret; the verifier accepts any of several', async () => {
    expect(() => api.createSigner({ scheme: 'github', secret: ['one', 'two'] })).toThrow(
      expect.objectContaining({ code: 'INVALID_SECRET' }),
    );
    const headers = await api.sign({ scheme: 'github', secret: 'current secret', body });
    await expect(
      api.verify({ scheme: 'github', secret: ['previous secret', 'current secret'], body, headers }),
    ).resolves.toMatchObject({ secretIndex: 1 });
  });
});
