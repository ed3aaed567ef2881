/**
 * `@hookwright/runtime/signing` on Node (also importable as `@hookwright/runtime/signing/node`): the
 * shared API computed with `node:crypto`, plus synchronous variants, which Web Crypto cannot offer.
 * Documentation of the shared functions is on the Web entry (`web.ts`); behaviour is identical.
 */
import { createSyncApi } from './api/sync.js';
import { nodeCrypto } from './backends/node-crypto.js';
import type {
  KeyPair,
  SignedHeaders,
  SignerOptions,
  SignOptions,
  SyncSigner,
  SyncVerifier,
  VerifiedWebhook,
  VerifierOptions,
  VerifyOptions,
} from './core/types.js';

export * from './exports.js';

const api = createSyncApi(nodeCrypto);

/**
 * Creates a verifier; on Node it also has `verifySync`.
 *
 * @example
 * import { createServer } from 'node:http';
 * const verifier = createVerifier({ secret: process.env.WEBHOOK_SECRET! });
 * createServer(async (req, res) => {
 *   const chunks: Buffer[] = [];
 *   for await (const chunk of req) chunks.push(chunk);
 *   try {
 *     verifier.verifySync(Buffer.concat(chunks), req.headers);
 *     res.writeHead(204).end();
 *   } catch (error) {
 *     res.writeHead(401).end();
 *   }
 * });
 */
export const createVerifier: (options: VerifierOptions) => SyncVerifier = api.createVerifier;

/**
 * Creates a signer; on Node it also has `signSync`.
 *
 * @example
 * const signer = createSigner({ secret: process.env.WEBHOOK_SECRET! });
 * const headers = signer.signSync({ id: 'msg_2b7bQ', body: JSON.stringify(envelope) });
 */
export const createSigner: (options: SignerOptions) => SyncSigner = api.createSigner;

/** See the Web entry's `verify`: one-shot verification. */
export const verify: (options: VerifyOptions) => Promise<VerifiedWebhook> = api.verify;

/** See the Web entry's `sign`: one-shot signing. */
export const sign: (options: SignOptions) => Promise<SignedHeaders> = api.sign;

/** See the Web entry's `generateKeyPair`: a new ed25519 `whsk_`/`whpk_` pair. */
export const generateKeyPair: () => Promise<KeyPair> = api.generateKeyPair;

/**
 * Verifies one request synchronously (Node only); throws a `WebhookVerificationError` subclass.
 *
 * @example
 * const { id } = verifySync({ secret, body: rawBody, headers: req.headers });
 */
export const verifySync: (options: VerifyOptions) => VerifiedWebhook = api.verifySync;

/**
 * Signs one message synchronously (Node only).
 *
 * @example
 * const headers = signSync({ secret, id: 'msg_2b7bQ', body: '{"type":"ping"}' });
 */
export const signSync: (options: SignOptions) => SignedHeaders = api.signSync;

/**
 * Generates an ed25519 key pair synchronously (Node only).
 *
 * @example
 * const { secretKey, publicKey } = generateKeyPairSync();
 */
export const generateKeyPairSync: () => KeyPair = api.generateKeyPairSync;
