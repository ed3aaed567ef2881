import type { WebhookHeaders } from '../headers.js';
import type { MacEncoding, SigningKey } from '../keys.js';
import type { ParsedSecrets } from '../secrets.js';
import type { SchemeName, SecretInput, SignedHeaders } from '../types.js';

/** The signature-relevant parts of one request, read from its headers. */
export interface SignedMessage {
  id: string | undefined;
  timestamp: number | undefined;
  /** Signed text that precedes the body, e.g. `{id}.{timestamp}.`; '' when only the body is signed. */
  prefix: string;
  /** HMAC candidates, still encoded: compared as canonical strings, never decoded leniently. */
  macs: string[];
  /** ed25519 candidates, strictly decoded to 64 bytes. */
  ed25519: Uint8Array[];
  /** Entries that were skipped (unknown version tag, malformed), for hints. */
  skipped: string[];
}

/** One signature produced by the signer, before the scheme lays it out in headers. */
export interface ProducedSignature {
  key: SigningKey;
  /** HMAC already in the scheme's encoding; ed25519 in base64. */
  value: string;
}

/**
 * A wire format on top of the shared core. The core owns body handling, key storage, tolerance
 * checks, constant-time comparison and errors; a scheme owns header names and layouts, how secrets
 * become keys, and what text precedes the body in the signed content.
 */
export interface SignatureScheme {
  readonly name: SchemeName;
  readonly encoding: MacEncoding;
  /** Whether the scheme signs a timestamp (and so whether tolerance applies). */
  readonly signsTimestamp: boolean;
  /** Whether the signer needs a message id. */
  readonly needsId: boolean;
  /** Whether one message can carry several signatures (key rotation on the signing side). */
  readonly multipleSignatures: boolean;
  parseSecrets(secret: SecretInput): ParsedSecrets;
  /** Reads and checks the headers; throws MissingHeaderError or InvalidTimestampError. */
  readMessage(headers: WebhookHeaders): SignedMessage;
  /** The signed prefix for a message being signed. */
  signingPrefix(id: string | undefined, timestamp: number): string;
  formatHeaders(
    id: string | undefined,
    timestamp: number,
    signatures: readonly ProducedSignature[],
  ): SignedHeaders;
  /** What a correct header looks like, for hints when nothing in it could be checked. */
  readonly expectedHeader: string;
}

/** Shared by every scheme's `readMessage`. */
export function emptyMessage(
  id: string | undefined,
  timestamp: number | undefined,
  prefix: string,
): SignedMessage {
  return { id, timestamp, prefix, macs: [], ed25519: [], skipped: [] };
}

/** Upper bound on signature entries examined per request, so a huge header cannot cost many ed25519 checks. */
export const MAX_SIGNATURE_ENTRIES = 32;
