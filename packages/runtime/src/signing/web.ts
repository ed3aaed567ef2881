/**
 * `@hookwright/runtime/signing` on Web-standard runtimes (Workers, Deno, Bun, browsers): the same API
 * as the Node entry, computed with Web Crypto. Imports nothing from `node:*`.
 */
import { createAsyncApi } from './api/async.js';
import { webCrypto } from './backends/web-crypto.js';
import type {
  KeyPair,
  SignedHeaders,
  Signer,
  SignerOptions,
  SignOptions,
  VerifiedWebhook,
  Verifier,
  VerifierOptions,
  VerifyOptions,
} from './core/types.js';

export * from './exports.js';

const api = createAsyncApi(webCrypto);

/**
 * Creates a verifier for incoming requests. Secrets are parsed once, here; malformed secrets throw
 * `InvalidSecretError` now rather than on the first request.
 *
 * @example
 * const verifier = createVerifier({ secret: env.WEBHOOK_SECRET });
 * export default {
 *   async fetch(request: Request) {
 *     const body = new Uint8Array(await request.arrayBuffer());
 *     const { id } = await verifier.verify(body, request.headers); // throws WebhookVerificationError
 *     return new Response(null, { status: 204 });
 *   },
 * };
 */
export const createVerifier: (options: VerifierOptions) => Verifier = api.createVerifier;

/**
 * Creates a signer. With several secrets (key rotation) every message carries one signature per
 * secret, so receivers holding any of them accept it.
 *
 * @example
 * const signer = createSigner({ secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' });
 * const body = JSON.stringify({ type: 'order.created', version: 1, data });
 * const headers = await signer.sign({ id: 'msg_2b7bQ', body });
 * await fetch(url, { method: 'POST', body, headers: { ...headers, 'content-type': 'application/json' } });
 */
export const createSigner: (options: SignerOptions) => Signer = api.createSigner;

/**
 * Verifies one request in one call. Parses the secret every time: prefer {@link createVerifier} when
 * verifying more than once.
 *
 * @example
 * const verified = await verify({ secret, body: rawBody, headers: request.headers });
 * console.log(verified.id, verified.timestamp);
 */
export const verify: (options: VerifyOptions) => Promise<VerifiedWebhook> = api.verify;

/**
 * Signs one message in one call; prefer {@link createSigner} when signing more than once.
 *
 * @example
 * const headers = await sign({ secret, id: 'msg_2b7bQ', body: '{"type":"ping"}' });
 * // { 'webhook-id': 'msg_2b7bQ', 'webhook-timestamp': '1700000000', 'webhook-signature': 'v1,...' }
 */
export const sign: (options: SignOptions) => Promise<SignedHeaders> = api.sign;

/**
 * Generates an ed25519 key pair for Standard Webhooks `v1a` signatures: the sender signs with
 * `secretKey` (`whsk_...`), receivers verify with `publicKey` (`whpk_...`).
 *
 * @example
 * const { secretKey, publicKey } = await generateKeyPair();
 * const signer = createSigner({ secret: secretKey });
 * const verifier = createVerifier({ secret: publicKey });
 */
export const generateKeyPair: () => Promise<KeyPair> = api.generateKeyPair;
