import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { backends } from './support/backends.js';
import { rejectsWith } from './support/expect-error.js';
import { clockAt, vectors } from './support/vectors.js';

const at = 1_700_000_000;
const now = clockAt(at);
const body = '{"type":"ping","version":1}';

/** An independent oracle: Standard Webhooks v1 computed directly with node:crypto. */
function expectedV1(keyBase64: string, id: string, timestamp: number, content: string): string {
  const key = Buffer.from(keyBase64, 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${content}`).digest('base64')}`;
}

describe.each(backends)('secrets and keys, $name back end', ({ api }) => {
  it('accepts whsec_ secrets with and without the prefix and with and without base64 padding', async () => {
    const secret = api.generateSecret({ bytes: 25 }); // 25 bytes: base64 ends in "=="
    const base64 = secret.slice('whsec_'.length);
    expect(base64.endsWith('==')).toBe(true);
    const expected = expectedV1(base64, 'msg_1', at, body);
    const forms = [secret, base64, secret.replace(/=+$/, ''), base64.replace(/=+$/, '')];
    for (const form of forms) {
      const headers = await api.sign({ secret: form, id: 'msg_1', timestamp: at, body });
      expect(headers['webhook-signature'], form).toBe(expected);
      await expect(api.verify({ secret: form, body, headers, now })).resolves.toMatchObject({
        secretIndex: 0,
      });
    }
  });

  it('ignores surrounding whitespace such as the newline of an env file', async () => {
    const secret = vectors.standard.positive[0]!.secret;
    const headers = await api.sign({ secret, id: 'msg_1', timestamp: at, body });
    await expect(api.verify({ secret: `  ${secret}\n`, body, headers, now })).resolves.toBeDefined();
  });

  it.each<[string, unknown, string]>([
    ['undefined (an unset variable)', undefined, 'is the environment variable set?'],
    ['an empty array', [], 'an empty array'],
    ['an array with a number', ['whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 7], 'non-string'],
    ['only whitespace', ' \n ', 'empty or only whitespace'],
    ['raw text', "It's a Secret to Everybody", 'not valid base64'],
    ['base64url', 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2La_aSw', 'base64url'],
    ['a bad padding', 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw==', 'padding'],
    ['a short whsk_ key', 'whsk_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'whsk_ keys are 64 bytes'],
    ['a short whpk_ key', 'whpk_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'whpk_ keys are 32 bytes'],
    ['a bare prefix', 'whsk_', 'nothing after it'],
  ])('refuses %s with INVALID_SECRET naming the problem', (_label, secret, message) => {
    let thrown: unknown;
    try {
      api.createVerifier({ secret: secret as string });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ code: 'INVALID_SECRET', name: 'InvalidSecretError' });
    expect((thrown as Error).message).toContain(message);
    // The message describes the secret; it never repeats it.
    if (typeof secret === 'string' && secret.length > 8)
      expect((thrown as Error).message).not.toContain(secret.slice(6, 20));
  });

  it('reports which rotation entry is malformed', () => {
    const good = vectors.standard.positive[0]!.secret;
    expect(() => api.createVerifier({ secret: `${good} whsec_%%%` })).toThrow(
      expect.objectContaining({ code: 'INVALID_SECRET', entryIndex: 1 }),
    );
  });

  it('refuses to sign with a whpk_ public key, but verifies with it', async () => {
    const pair = await api.generateKeyPair();
    expect(() => api.createSigner({ secret: pair.publicKey })).toThrow(
      expect.objectContaining({ code: 'INVALID_SECRET' }),
    );
    const headers = await api.sign({ secret: pair.secretKey, id: 'msg_1', timestamp: at, body });
    expect(headers['webhook-signature']).toMatch(/^v1a,[A-Za-z0-9+/]{86}==$/);
    await expect(api.verify({ secret: pair.publicKey, body, headers, now })).resolves.toMatchObject({
      secretIndex: 0,
    });
  });

  it('generates key pairs whose whsk_ key ends with the whpk_ public key', async () => {
    const pair = await api.generateKeyPair();
    const secretBytes = Buffer.from(pair.secretKey.slice(5), 'base64');
    const publicBytes = Buffer.from(pair.publicKey.slice(5), 'base64');
    expect(secretBytes).toHaveLength(64);
    expect(secretBytes.subarray(32)).toEqual(publicBytes);
    expect((await api.generateKeyPair()).publicKey).not.toBe(pair.publicKey);
  });

  describe('generateSecret', () => {
    it('returns whsec_ and 32 random bytes by default', () => {
      const secret = api.generateSecret();
      expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
      expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(32);
      expect(api.generateSecret()).not.toBe(secret);
    });

    it.each([24, 64])('accepts %i bytes', (bytes) => {
      expect(Buffer.from(api.generateSecret({ bytes }).slice(6), 'base64')).toHaveLength(bytes);
    });

    it.each([23, 65, 0, 24.5, Number.NaN])('refuses %s bytes: new secrets are 24 to 64 bytes', (bytes) => {
      expect(() => api.generateSecret({ bytes })).toThrow(
        expect.objectContaining({ code: 'INVALID_OPTION', option: 'bytes' }),
      );
    });
  });

  it('still verifies and signs with an existing secret under 24 bytes (SW-3)', async () => {
    const sw3 = vectors.standard.positive[2]!;
    expect(Buffer.from(sw3.secret.slice(6), 'base64').length).toBeLessThan(24);
    const headers = await api.sign({
      secret: sw3.secret,
      id: sw3.id,
      timestamp: sw3.timestamp,
      body: sw3.body,
    });
    expect(headers['webhook-signature']).toBe(sw3.expected);
  });

  it('reads github and stripe secrets as text, spaces included for github', async () => {
    const secret = ' two words ';
    const headers = await api.sign({ scheme: 'github', secret, body });
    const mac = createHmac('sha256', secret).update(body).digest('hex');
    expect(headers['x-hub-signature-256']).toBe(`sha256=${mac}`);
    await rejectsWith(
      api.verify({ scheme: 'github', secret: 'two words', body, headers }),
      'NO_MATCHING_SIGNATURE',
    );
  });
});
