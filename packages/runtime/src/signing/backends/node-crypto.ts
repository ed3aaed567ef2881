import type * as NodeCrypto from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { createRequire } from 'node:module';
import type { BodyData } from '../core/body.js';
import { type Ed25519Key, ed25519Pkcs8, type SyncCrypto } from '../core/keys.js';

let loaded: typeof NodeCrypto | undefined;

/**
 * `node:crypto`, loaded by the first operation that needs it rather than when this module is imported:
 * importing it costs about 3 ms of a cold start on Node 20, which a receiver pays before it has a
 * request to verify and a program that only parses or validates events never needs. `require` keeps
 * the operations synchronous (an `import()` could not); `process.getBuiltinModule` (Node >= 20.16)
 * does the same without the module's path.
 */
function cryptoModule(): typeof NodeCrypto {
  loaded ??=
    globalThis.process?.getBuiltinModule?.('node:crypto') ??
    (createRequire(import.meta.url)('node:crypto') as typeof NodeCrypto);
  return loaded;
}

/** SubjectPublicKeyInfo DER header of an ed25519 public key (RFC 8410); the 32 key bytes follow. */
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

// Key objects are built once per parsed key, not per message.
const privateKeys = new WeakMap<Ed25519Key, KeyObject>();
const publicKeys = new WeakMap<Ed25519Key, KeyObject>();

function privateKey(key: Ed25519Key): KeyObject {
  let object = privateKeys.get(key);
  if (object === undefined) {
    object = cryptoModule().createPrivateKey({
      key: Buffer.from(ed25519Pkcs8(key.seed!)),
      format: 'der',
      type: 'pkcs8',
    });
    privateKeys.set(key, object);
  }
  return object;
}

function publicKey(key: Ed25519Key): KeyObject {
  let object = publicKeys.get(key);
  if (object === undefined) {
    object = cryptoModule().createPublicKey({
      key: Buffer.concat([SPKI_PREFIX, key.publicKey]),
      format: 'der',
      type: 'spki',
    });
    publicKeys.set(key, object);
  }
  return object;
}

function signedContent(prefix: string, body: BodyData): Buffer {
  return typeof body === 'string' ? Buffer.from(prefix + body) : Buffer.concat([Buffer.from(prefix), body]);
}

/**
 * `node:crypto`: every operation is synchronous (OpenSSL, no thread hop), which is what makes the
 * synchronous verifier possible. The HMAC is fed the prefix and the body separately: no copy of the body.
 */
export const nodeCrypto: SyncCrypto = {
  hmacSha256: (key, prefix, body, encoding) =>
    cryptoModule().createHmac('sha256', key.bytes).update(prefix).update(body).digest(encoding),

  ed25519Sign: (key, prefix, body) => cryptoModule().sign(null, signedContent(prefix, body), privateKey(key)),

  ed25519Verify: (key, prefix, body, signature) =>
    cryptoModule().verify(null, signedContent(prefix, body), publicKey(key), signature),

  ed25519Generate() {
    const { privateKey: secret, publicKey: pub } = cryptoModule().generateKeyPairSync('ed25519');
    const seed = secret.export({ format: 'der', type: 'pkcs8' }).subarray(-32);
    const publicBytes = pub.export({ format: 'der', type: 'spki' }).subarray(-32);
    return { seed, publicKey: publicBytes };
  },
};
