import type { BodyData } from './body.js';

/** An HMAC-SHA256 key (Standard Webhooks `v1`, GitHub, Stripe). */
export interface HmacKey {
  readonly kind: 'hmac';
  /** Position among the configured secret entries, reported back by a successful verification. */
  readonly index: number;
  readonly bytes: Uint8Array<ArrayBuffer>;
}

/** An ed25519 key (Standard Webhooks `v1a`): `whsk_` carries the seed and can sign; `whpk_` only verifies. */
export interface Ed25519Key {
  readonly kind: 'ed25519';
  readonly index: number;
  readonly publicKey: Uint8Array<ArrayBuffer>;
  readonly seed: Uint8Array<ArrayBuffer> | undefined;
}

export type SigningKey = HmacKey | Ed25519Key;

/** How a scheme writes an HMAC on the wire. */
export type MacEncoding = 'base64' | 'hex';

/**
 * The cryptography a back end supplies; everything else is shared. The signed content is always
 * `prefix` (text, UTF-8) followed by the body, so a back end can feed the two parts to the MAC
 * separately instead of concatenating them.
 */
export interface SyncCrypto {
  /** HMAC-SHA256 of `prefix + body`, encoded. */
  hmacSha256(key: HmacKey, prefix: string, body: BodyData, encoding: MacEncoding): string;
  ed25519Sign(key: Ed25519Key, prefix: string, body: BodyData): Uint8Array;
  ed25519Verify(key: Ed25519Key, prefix: string, body: BodyData, signature: Uint8Array): boolean;
  /** A fresh key pair: the 32-byte seed and the 32-byte public key. */
  ed25519Generate(): { seed: Uint8Array; publicKey: Uint8Array };
}

/** {@link SyncCrypto} with every operation asynchronous, as Web Crypto is. */
export type AsyncCrypto = {
  [K in keyof SyncCrypto]: (...args: Parameters<SyncCrypto[K]>) => Promise<ReturnType<SyncCrypto[K]>>;
};

/** PKCS #8 DER wrapping of an ed25519 seed (RFC 8410), the import format both back ends accept. */
export function ed25519Pkcs8(seed: Uint8Array): Uint8Array<ArrayBuffer> {
  const prefix = [
    0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20,
  ];
  const der = new Uint8Array(prefix.length + seed.length);
  der.set(prefix);
  der.set(seed, prefix.length);
  return der;
}
