import type { BodyData } from '../core/body.js';
import { encodeBase64, encodeHex, utf8 } from '../core/encoding.js';
import { type AsyncCrypto, type Ed25519Key, ed25519Pkcs8, type HmacKey } from '../core/keys.js';

// Importing a key is asynchronous and not free: do it once per parsed key, keep the promise.
const hmacKeys = new WeakMap<HmacKey, Promise<CryptoKey>>();
const privateKeys = new WeakMap<Ed25519Key, Promise<CryptoKey>>();
const publicKeys = new WeakMap<Ed25519Key, Promise<CryptoKey>>();

function subtle(): SubtleCrypto {
  const api = globalThis.crypto?.subtle;
  if (api === undefined) {
    throw new Error(
      'Web Crypto (crypto.subtle) is unavailable here; browsers expose it only in secure contexts',
    );
  }
  return api;
}

function cached<K extends object>(
  map: WeakMap<K, Promise<CryptoKey>>,
  key: K,
  load: () => Promise<CryptoKey>,
) {
  let promise = map.get(key);
  if (promise === undefined) {
    promise = load();
    map.set(key, promise);
  }
  return promise;
}

const hmacKey = (key: HmacKey) =>
  cached(hmacKeys, key, () =>
    subtle().importKey('raw', key.bytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']),
  );

const privateKey = (key: Ed25519Key) =>
  cached(privateKeys, key, () =>
    subtle().importKey('pkcs8', ed25519Pkcs8(key.seed!), 'Ed25519', false, ['sign']),
  );

const publicKey = (key: Ed25519Key) =>
  cached(publicKeys, key, () => subtle().importKey('raw', key.publicKey, 'Ed25519', false, ['verify']));

/** Web Crypto takes one buffer, so the prefix and body are joined once here. */
function signedContent(prefix: string, body: BodyData): Uint8Array<ArrayBuffer> {
  if (typeof body === 'string') return utf8(prefix + body);
  const head = utf8(prefix);
  const content = new Uint8Array(head.length + body.length);
  content.set(head);
  content.set(body, head.length);
  return content;
}

/** Web Crypto (`crypto.subtle`): Workers, Deno, Bun, browsers, and Node when loaded there. */
export const webCrypto: AsyncCrypto = {
  async hmacSha256(key, prefix, body, encoding) {
    const mac = new Uint8Array(await subtle().sign('HMAC', await hmacKey(key), signedContent(prefix, body)));
    return encoding === 'hex' ? encodeHex(mac) : encodeBase64(mac);
  },

  async ed25519Sign(key, prefix, body) {
    return new Uint8Array(await subtle().sign('Ed25519', await privateKey(key), signedContent(prefix, body)));
  },

  async ed25519Verify(key, prefix, body, signature) {
    const bytes = new Uint8Array(signature);
    return subtle().verify('Ed25519', await publicKey(key), bytes, signedContent(prefix, body));
  },

  async ed25519Generate() {
    const pair = (await subtle().generateKey('Ed25519', true, ['sign', 'verify'])) as CryptoKeyPair;
    const pkcs8 = new Uint8Array(await subtle().exportKey('pkcs8', pair.privateKey));
    const publicBytes = new Uint8Array(await subtle().exportKey('raw', pair.publicKey));
    return { seed: pkcs8.subarray(-32), publicKey: publicBytes };
  },
};
