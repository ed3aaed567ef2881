import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WebhookVerificationError } from '../../src/signing/core/errors.js';
import { backends } from './support/backends.js';
import { clockAt } from './support/vectors.js';

const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const keyPair = {
  secretKey: 'whsk_6Xb/dCcHpPea21PS1N9VY/NZW723CEc77N4rJCubMbfVKIDij2HKpMKkioLlX0dRqSKJp4AJ6p9lMicMFs6Kvg==',
  publicKey: 'whpk_1SiA4o9hyqTCpIqC5V9HUakiiaeACeqfZTInDBbOir4=',
};

const idArbitrary = fc.stringMatching(/^msg_[A-Za-z0-9_-]{1,30}$/);
const timestampArbitrary = fc.integer({ min: 0, max: 99_999_999_999 });
const bodyArbitrary = fc.uint8Array({ minLength: 1, maxLength: 300 });

type Field = 'id' | 'timestamp' | 'body' | 'signature';

/** A signed message, a field, a position in that field and a replacement byte that differs. */
const tamperingArbitrary = fc
  .record({
    id: idArbitrary,
    timestamp: timestampArbitrary,
    body: bodyArbitrary,
    field: fc.constantFrom<Field>('id', 'timestamp', 'body', 'signature'),
    position: fc.nat(),
    delta: fc.integer({ min: 1, max: 255 }),
  })
  .map((input) => ({ ...input, body: new Uint8Array(input.body) }));

/** Replaces the character at `position` (mod length) by another byte value. */
function changeCharacter(text: string, position: number, delta: number): string {
  const at = position % text.length;
  const code = (text.charCodeAt(at) + delta) % 256;
  return text.slice(0, at) + String.fromCharCode(code) + text.slice(at + 1);
}

describe.each(backends)('properties, $name back end', ({ api }) => {
  for (const [kind, signWith, verifyWith, runs] of [
    ['v1 (HMAC)', secret, secret, 150],
    ['v1a (ed25519)', keyPair.secretKey, keyPair.publicKey, 40],
  ] as const) {
    it(`${kind}: changing any byte of id, timestamp, body or signature fails verification`, async () => {
      const signer = api.createSigner({ secret: signWith });
      const verifier = api.createVerifier({ secret: verifyWith, toleranceSeconds: Number.POSITIVE_INFINITY });
      await fc.assert(
        fc.asyncProperty(tamperingArbitrary, async ({ id, timestamp, body, field, position, delta }) => {
          const headers = await signer.sign({ id, timestamp, body });
          await expect(verifier.verify(body, headers)).resolves.toMatchObject({ id, timestamp });

          const tampered = { ...headers };
          let tamperedBody = body;
          if (field === 'body') {
            tamperedBody = body.slice();
            const at = position % body.length;
            tamperedBody[at] = (tamperedBody[at]! + delta) % 256;
          } else if (field === 'signature') {
            const [version, value] = headers['webhook-signature']!.split(',') as [string, string];
            tampered['webhook-signature'] = `${version},${changeCharacter(value, position, delta)}`;
          } else {
            const name = field === 'id' ? 'webhook-id' : 'webhook-timestamp';
            tampered[name] = changeCharacter(headers[name]!, position, delta);
          }
          const error = await verifier.verify(tamperedBody, tampered).then(
            () => undefined,
            (reason: unknown) => reason,
          );
          expect(error).toBeInstanceOf(WebhookVerificationError);
          const allowed =
            field === 'timestamp'
              ? ['NO_MATCHING_SIGNATURE', 'INVALID_TIMESTAMP']
              : ['NO_MATCHING_SIGNATURE'];
          expect(allowed).toContain((error as WebhookVerificationError).code);
        }),
        { numRuns: runs },
      );
    });
  }

  it('round-trips arbitrary bytes, including sequences that are not valid UTF-8', async () => {
    const signer = api.createSigner({ secret });
    const verifier = api.createVerifier({ secret, now: clockAt(1_700_000_000) });
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (body) => {
        const headers = await signer.sign({ id: 'msg_bytes', timestamp: 1_700_000_000, body });
        await expect(verifier.verify(body.slice().buffer, headers)).resolves.toMatchObject({
          id: 'msg_bytes',
        });
      }),
      { numRuns: 60 },
    );
  });

  it('verifies a body that is not valid UTF-8 as bytes, and not once decoded to text', async () => {
    const body = new Uint8Array([
      0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0xff, 0xfe, 0x80, 0x22, 0x7d,
    ]);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(body)).toThrow();
    const now = clockAt(1_700_000_000);
    const headers = await api.sign({ secret, id: 'msg_latin', timestamp: 1_700_000_000, body });
    await expect(api.verify({ secret, body, headers, now })).resolves.toBeDefined();
    await expect(api.verify({ secret, body: Buffer.from(body), headers, now })).resolves.toBeDefined();
    const decoded = new TextDecoder().decode(body);
    await expect(api.verify({ secret, body: decoded, headers, now })).rejects.toMatchObject({
      code: 'NO_MATCHING_SIGNATURE',
    });
  });

  it('verifies an emoji body given as text and as its UTF-8 bytes, in both directions', async () => {
    const text = '{"reaction":"👍🏽","flag":"🏳️‍🌈","note":"a\u0301"}';
    const bytes = new TextEncoder().encode(text);
    const now = clockAt(1_700_000_000);
    const fromText = await api.sign({ secret, id: 'msg_emoji', timestamp: 1_700_000_000, body: text });
    const fromBytes = await api.sign({ secret, id: 'msg_emoji', timestamp: 1_700_000_000, body: bytes });
    expect(fromText).toEqual(fromBytes);
    await expect(api.verify({ secret, body: bytes, headers: fromText, now })).resolves.toBeDefined();
    await expect(api.verify({ secret, body: text, headers: fromBytes, now })).resolves.toBeDefined();
    // NFC normalisation changes bytes, so it must break the signature.
    await expect(
      api.verify({ secret, body: text.normalize('NFC'), headers: fromText, now }),
    ).rejects.toMatchObject({
      code: 'NO_MATCHING_SIGNATURE',
    });
  });
});
