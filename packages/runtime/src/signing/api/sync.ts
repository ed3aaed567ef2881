import { encodeBase64 } from '../core/encoding.js';
import { formatKeyPair } from '../core/generate.js';
import type { SyncCrypto } from '../core/keys.js';
import { beginSigning, createSignerContext, finishSigning, type SignerContext } from '../core/sign-flow.js';
import { timingSafeEqualStrings } from '../core/timing-safe.js';
import type {
  KeyPair,
  SignedHeaders,
  SignerOptions,
  SignInput,
  SignOptions,
  SyncSigner,
  SyncVerifier,
  VerifiedWebhook,
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
 * The signing API over a synchronous back end (`node:crypto`). The asynchronous methods run the
 * synchronous path and settle a promise with its outcome: there is no I/O to wait for.
 */
export function createSyncApi(crypto: SyncCrypto) {
  function verifyWith(
    context: VerifierContext,
    body: unknown,
    headers: VerifyOptions['headers'],
  ): VerifiedWebhook {
    const pending = beginVerification(context, body, headers);
    const { message, data } = pending;
    for (const key of context.keys) {
      if (key.kind === 'hmac') {
        if (message.macs.length === 0) continue;
        const mac = crypto.hmacSha256(key, message.prefix, data, context.scheme.encoding);
        for (const candidate of message.macs) {
          if (timingSafeEqualStrings(candidate, mac)) return verifiedBy(context, message, key);
        }
      } else {
        for (const signature of message.ed25519) {
          if (crypto.ed25519Verify(key, message.prefix, data, signature))
            return verifiedBy(context, message, key);
        }
      }
    }
    throw noMatchingSignature(context, pending);
  }

  function signWith(context: SignerContext, input: SignInput): SignedHeaders {
    const pending = beginSigning(context, input);
    const values = context.keys.map((key) =>
      key.kind === 'hmac'
        ? crypto.hmacSha256(key, pending.prefix, pending.data, context.scheme.encoding)
        : encodeBase64(crypto.ed25519Sign(key, pending.prefix, pending.data)),
    );
    return finishSigning(context, pending, values);
  }

  function createVerifier(options: VerifierOptions): SyncVerifier {
    const context = createVerifierContext(options);
    return {
      verifySync: (body, headers) => verifyWith(context, body, headers),
      verify: (body, headers) => settle(() => verifyWith(context, body, headers)),
    };
  }

  function createSigner(options: SignerOptions): SyncSigner {
    const context = createSignerContext(options);
    return {
      signSync: (input) => signWith(context, input),
      sign: (input) => settle(() => signWith(context, input)),
    };
  }

  const verifySync = (options: VerifyOptions) =>
    createVerifier(options).verifySync(options.body, options.headers);
  const signSync = (options: SignOptions) => createSigner(options).signSync(options);
  const generateKeyPairSync = (): KeyPair => {
    const { seed, publicKey } = crypto.ed25519Generate();
    return formatKeyPair(seed, publicKey);
  };

  return {
    createVerifier,
    createSigner,
    verifySync,
    signSync,
    generateKeyPairSync,
    verify: (options: VerifyOptions) => settle(() => verifySync(options)),
    sign: (options: SignOptions) => settle(() => signSync(options)),
    generateKeyPair: () => settle(generateKeyPairSync),
  };
}

/** Runs `work` now and reports its result or its error through a promise, never a synchronous throw. */
function settle<T>(work: () => T): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (error) {
    return Promise.reject(error);
  }
}
