import { encodeBase64 } from '../core/encoding.js';
import { formatKeyPair } from '../core/generate.js';
import type { AsyncCrypto } from '../core/keys.js';
import { beginSigning, createSignerContext, finishSigning, type SignerContext } from '../core/sign-flow.js';
import { timingSafeEqualStrings } from '../core/timing-safe.js';
import type {
  KeyPair,
  SignedHeaders,
  Signer,
  SignerOptions,
  SignInput,
  SignOptions,
  VerifiedWebhook,
  Verifier,
  VerifierOptions,
  VerifyOptions,
} from '../core/types.js';
import {
  beginVerification,
  createVerifierContext,
  noMatchingSignature,
  type VerifierContext,
  verifiedBy,
} from '../core/verify-flow.js';

/**
 * The signing API over an asynchronous back end (Web Crypto). Same steps as the synchronous one in
 * `sync.ts`; only the cryptography is awaited. Configuration and input errors reject the promise.
 */
export function createAsyncApi(crypto: AsyncCrypto) {
  async function verifyWith(
    context: VerifierContext,
    body: unknown,
    headers: VerifyOptions['headers'],
  ): Promise<VerifiedWebhook> {
    const pending = beginVerification(context, body, headers);
    const { message, data } = pending;
    for (const key of context.keys) {
      if (key.kind === 'hmac') {
        if (message.macs.length === 0) continue;
        const mac = await crypto.hmacSha256(key, message.prefix, data, context.scheme.encoding);
        for (const candidate of message.macs) {
          if (timingSafeEqualStrings(candidate, mac)) return verifiedBy(context, message, key);
        }
      } else {
        for (const signature of message.ed25519) {
          if (await crypto.ed25519Verify(key, message.prefix, data, signature))
            return verifiedBy(context, message, key);
        }
      }
    }
    throw noMatchingSignature(context, pending);
  }

  async function signWith(context: SignerContext, input: SignInput): Promise<SignedHeaders> {
    const pending = beginSigning(context, input);
    const values = await Promise.all(
      context.keys.map(async (key) =>
        key.kind === 'hmac'
          ? crypto.hmacSha256(key, pending.prefix, pending.data, context.scheme.encoding)
          : encodeBase64(await crypto.ed25519Sign(key, pending.prefix, pending.data)),
      ),
    );
    return finishSigning(context, pending, values);
  }

  function createVerifier(options: VerifierOptions): Verifier {
    const context = createVerifierContext(options);
    return { verify: (body, headers) => verifyWith(context, body, headers) };
  }

  function createSigner(options: SignerOptions): Signer {
    const context = createSignerContext(options);
    return { sign: (input) => signWith(context, input) };
  }

  return {
    createVerifier,
    createSigner,
    verify: async (options: VerifyOptions) => createVerifier(options).verify(options.body, options.headers),
    sign: async (options: SignOptions) => createSigner(options).sign(options),
    generateKeyPair: async (): Promise<KeyPair> => {
      const { seed, publicKey } = await crypto.ed25519Generate();
      return formatKeyPair(seed, publicKey);
    },
  };
}
