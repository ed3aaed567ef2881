import { encodeBase64 } from './encoding.js';
import { InvalidOptionError } from './errors.js';
import { MIN_SECRET_BYTES } from './secrets.js';
import type { KeyPair } from './types.js';

/** Options of {@link generateSecret}. */
export interface GenerateSecretOptions {
  /** Random bytes in the secret, 24 to 64 (Standard Webhooks' range). Default 32. */
  bytes?: number;
}

/**
 * A new Standard Webhooks HMAC secret, `whsec_<base64>`, from the platform's cryptographic random
 * source. Secrets shorter than 24 bytes are refused here even though existing ones still verify.
 *
 * @example
 * const secret = generateSecret(); // 'whsec_...' with 32 random bytes
 * const signer = createSigner({ secret });
 */
export function generateSecret(options: GenerateSecretOptions = {}): string {
  const size = options.bytes ?? 32;
  if (!Number.isInteger(size) || size < MIN_SECRET_BYTES || size > 64) {
    throw new InvalidOptionError(
      'bytes',
      `new secrets have ${MIN_SECRET_BYTES} to 64 random bytes, got ${size}`,
    );
  }
  return `whsec_${encodeBase64(globalThis.crypto.getRandomValues(new Uint8Array(size)))}`;
}

/** Lays out a raw ed25519 key pair in Standard Webhooks form (`whsk_` is seed + public key). */
export function formatKeyPair(seed: Uint8Array, publicKey: Uint8Array): KeyPair {
  const secret = new Uint8Array(64);
  secret.set(seed);
  secret.set(publicKey, 32);
  return { secretKey: `whsk_${encodeBase64(secret)}`, publicKey: `whpk_${encodeBase64(publicKey)}` };
}
