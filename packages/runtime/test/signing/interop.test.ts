import { Webhook as StandardWebhook } from 'standardwebhooks';
import { Webhook as SvixWebhook } from 'svix';
import { describe, expect, it } from 'vitest';
import { backends } from './support/backends.js';
import { rejectsWith } from './support/expect-error.js';

/**
 * Both reference libraries check timestamps against the real clock, so these tests sign "now".
 * They take string (or UTF-8 Buffer) bodies; non-UTF-8 bodies are covered in properties.test.ts.
 */
const peers = [
  {
    name: 'standardwebhooks',
    create: (secret: string) => new StandardWebhook(secret),
  },
  {
    name: 'svix',
    create: (secret: string) => new SvixWebhook(secret),
  },
] as const;

const bodies = [
  '{"type":"order.created","version":1,"data":{"id":"ord_1","total":1999}}',
  '{"type":"note.added","data":{"text":"thanks 🎉 — très bien, 日本語"}}',
];

describe.each(backends)('interoperability, $name back end', ({ api }) => {
  describe.each(peers)('with $name', (peer) => {
    it.each(bodies)('our signatures verify with theirs (%#)', async (body) => {
      const secret = api.generateSecret();
      const headers = await api.sign({ secret, id: 'msg_interop', body });
      expect(() => peer.create(secret).verify(body, headers)).not.toThrow();
      expect(() => peer.create(secret).verify(`${body} `, headers)).toThrow();
    });

    it.each(bodies)('their signatures verify with ours (%#)', async (body) => {
      const secret = api.generateSecret();
      const timestamp = new Date();
      const signature = peer.create(secret).sign('msg_interop', timestamp, body);
      const headers = {
        'webhook-id': 'msg_interop',
        'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
        'webhook-signature': signature,
      };
      await expect(api.verify({ secret, body, headers })).resolves.toMatchObject({ id: 'msg_interop' });
      await expect(api.verify({ secret, body: Buffer.from(body), headers })).resolves.toBeDefined();
      await rejectsWith(api.verify({ secret: api.generateSecret(), body, headers }), 'NO_MATCHING_SIGNATURE');
    });

    it('rotation: their verifier holding either key accepts our two-key signature', async () => {
      const [oldSecret, newSecret] = [api.generateSecret(), api.generateSecret()];
      const body = bodies[0]!;
      const headers = await api.sign({ secret: `${oldSecret} ${newSecret}`, id: 'msg_rotate', body });
      expect(headers['webhook-signature']!.split(' ')).toHaveLength(2);
      for (const secret of [oldSecret, newSecret]) {
        expect(() => peer.create(secret).verify(body, headers)).not.toThrow();
      }
      expect(() => peer.create(api.generateSecret()).verify(body, headers)).toThrow();
    });

    it('rotation: our verifier holding both keys accepts their signature made with either', async () => {
      const [oldSecret, newSecret] = [api.generateSecret(), api.generateSecret()];
      const verifier = api.createVerifier({ secret: [oldSecret, newSecret] });
      const body = bodies[1]!;
      for (const [index, secret] of [oldSecret, newSecret].entries()) {
        const timestamp = new Date();
        const headers = {
          'webhook-id': `msg_${index}`,
          'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
          'webhook-signature': peer.create(secret).sign(`msg_${index}`, timestamp, body),
        };
        await expect(verifier.verify(body, headers)).resolves.toMatchObject({ secretIndex: index });
      }
    });
  });

  it('svix-style unprefixed secrets are read the same way by all three', async () => {
    const secret = api.generateSecret().slice('whsec_'.length);
    const body = bodies[0]!;
    const headers = await api.sign({ secret, id: 'msg_bare', body });
    expect(() => new StandardWebhook(secret).verify(body, headers)).not.toThrow();
    expect(() => new SvixWebhook(secret).verify(body, headers)).not.toThrow();
  });
});
