import type { WebhookBody } from './body.js';
import type { WebhookHeaders } from './headers.js';

export type { WebhookBody } from './body.js';
export type { WebhookHeaders } from './headers.js';

/**
 * Which signature scheme to speak:
 * - `standard`: Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature` with `v1` HMAC
 *   and `v1a` ed25519 entries); the default;
 * - `github`: `X-Hub-Signature-256: sha256=<hex>` over the body, keyed by the secret's raw text;
 * - `stripe`: `Stripe-Signature: t=<ts>,v1=<hex>` over `{t}.{body}`, keyed by the whole secret's text.
 */
export type SchemeName = 'standard' | 'github' | 'stripe';

/**
 * One secret or several (key rotation). For `standard` and `stripe` a string may hold several
 * whitespace-separated entries; `github` secrets are raw text that may contain spaces, so pass an array
 * to rotate them.
 */
export type SecretInput = string | readonly string[];

/** Options of a verifier. */
export interface VerifierOptions {
  /** Secret(s) to accept; a signature made with any of them verifies. */
  secret: SecretInput;
  /** Default `standard`. */
  scheme?: SchemeName;
  /**
   * Maximum distance between the message timestamp and the clock, in seconds, in both directions.
   * Default 300. `Infinity` turns the check off (only when replay protection lives elsewhere).
   * Ignored by `github`, which signs no timestamp.
   */
  toleranceSeconds?: number;
  /** Clock in milliseconds since the epoch, like `Date.now` (the default). Inject it in tests. */
  now?: () => number;
}

/** Options of a signer. */
export interface SignerOptions {
  /** Secret(s) to sign with: `standard` and `stripe` sign with every entry (key rotation). */
  secret: SecretInput;
  /** Default `standard`. */
  scheme?: SchemeName;
  /** Clock in milliseconds since the epoch, used when a message has no explicit timestamp. */
  now?: () => number;
}

/** One message to sign. */
export interface SignInput {
  /** The exact bytes (or text, sent as UTF-8) that will be the request body. */
  body: WebhookBody;
  /**
   * `webhook-id` (required by `standard`; ignored by the others): stable across retries of one message.
   * Must be non-empty printable ASCII without spaces or `.`.
   */
  id?: string;
  /** A `Date` or whole Unix seconds; default: the signer's clock. */
  timestamp?: number | Date;
}

/** Headers to send with a signed message, names in lower case. */
export type SignedHeaders = Record<string, string>;

/** What a successful verification established. */
export interface VerifiedWebhook {
  scheme: SchemeName;
  /** `webhook-id` for `standard`, `X-GitHub-Delivery` (when present) for `github`, undefined for `stripe`. */
  id: string | undefined;
  /** The signed timestamp in Unix seconds; undefined for `github`. */
  timestamp: number | undefined;
  /**
   * Which configured secret entry matched (0-based, counting whitespace-separated entries): useful to
   * see when senders stop using a key that is being rotated out.
   */
  secretIndex: number;
}

/** Verifies requests against configured secrets; create once, use for every request. */
export interface Verifier {
  /** Resolves with what was verified, or rejects with a `WebhookVerificationError` subclass. */
  verify(body: WebhookBody, headers: WebhookHeaders): Promise<VerifiedWebhook>;
}

/** A {@link Verifier} that can also verify synchronously (Node back end). */
export interface SyncVerifier extends Verifier {
  /** Returns what was verified, or throws a `WebhookVerificationError` subclass. */
  verifySync(body: WebhookBody, headers: WebhookHeaders): VerifiedWebhook;
}

/** Signs messages with configured secrets; create once, use for every message. */
export interface Signer {
  sign(input: SignInput): Promise<SignedHeaders>;
}

/** A {@link Signer} that can also sign synchronously (Node back end). */
export interface SyncSigner extends Signer {
  signSync(input: SignInput): SignedHeaders;
}

/** Arguments of the one-shot `verify`. */
export interface VerifyOptions extends VerifierOptions {
  body: WebhookBody;
  headers: WebhookHeaders;
}

/** Arguments of the one-shot `sign`. */
export interface SignOptions extends SignerOptions, SignInput {}

/** An ed25519 key pair in Standard Webhooks form. */
export interface KeyPair {
  /** `whsk_<base64 of seed + public key>`: give it to the signer; keep it secret. */
  secretKey: string;
  /** `whpk_<base64 of public key>`: give it to receivers. */
  publicKey: string;
}
