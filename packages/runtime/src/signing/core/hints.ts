import type { BodyData } from './body.js';
import type { SigningKey } from './keys.js';
import type { SignatureScheme, SignedMessage } from './schemes/types.js';

/** Bodies larger than this are not re-parsed for the re-serialisation hint (it runs on failures only). */
const JSON_HINT_LIMIT = 64 * 1024;

const utf8Decoder = new TextDecoder('utf-8', { fatal: false });

/** Everything the hint builder may look at; none of it is secret. */
export interface HintInput {
  scheme: SignatureScheme;
  keys: readonly SigningKey[];
  secretNotes: readonly string[];
  message: SignedMessage;
  body: BodyData;
}

/**
 * Likely causes of a NO_MATCHING_SIGNATURE, most specific first, phrased as questions: they are read
 * by a developer staring at a log line, so they name the fix.
 */
export function mismatchHints({ scheme, keys, secretNotes, message, body }: HintInput): string[] {
  const hints = headerHints(scheme, keys, message);
  const bodyHint = reserialisedBodyHint(body);
  if (bodyHint !== undefined) hints.push(bodyHint);
  hints.push(...secretNotes);
  return hints;
}

function headerHints(scheme: SignatureScheme, keys: readonly SigningKey[], message: SignedMessage): string[] {
  const hints: string[] = [];
  const hmacKeys = keys.some((key) => key.kind === 'hmac');
  const ed25519Keys = keys.some((key) => key.kind === 'ed25519');
  if (message.macs.length === 0 && message.ed25519.length === 0) {
    const found =
      message.skipped.length > 0 ? ` (found only: ${[...new Set(message.skipped)].join(', ')})` : '';
    hints.push(`no signature in the header could be checked${found}; expected ${scheme.expectedHeader}`);
  } else if (message.macs.length > 0 && !hmacKeys && message.ed25519.length === 0) {
    hints.push(
      'the header carries only v1 (HMAC) signatures but only ed25519 keys (whpk_/whsk_) are configured',
    );
  } else if (message.ed25519.length > 0 && !ed25519Keys && message.macs.length === 0) {
    hints.push('the header carries only v1a (ed25519) signatures but no whpk_ public key is configured');
  }
  return hints;
}

function reserialisedBodyHint(body: BodyData): string | undefined {
  const size = typeof body === 'string' ? body.length : body.byteLength;
  const text =
    size <= JSON_HINT_LIMIT ? (typeof body === 'string' ? body : utf8Decoder.decode(body)) : undefined;
  // Only a string can have been decoded lossily; bytes that are not UTF-8 are verified as they are.
  if (typeof body === 'string' && text?.includes('\uFFFD')) {
    return (
      'body decoded to text? it contains U+FFFD replacement characters, the mark of bytes that were not ' +
      'valid UTF-8 being decoded; verify the raw bytes (a Uint8Array) instead'
    );
  }
  if (text !== undefined && isCompactJson(text)) {
    return (
      'body parsed and re-serialised? it is exactly JSON.stringify(JSON.parse(body)); if your framework ' +
      'parsed the JSON and it was stringified again, whitespace, key order or escapes may differ from the ' +
      'signed bytes: verify the raw body'
    );
  }
  if (typeof body === 'string') {
    return 'body parsed and re-serialised? it was passed as a string: make sure it is the raw request text';
  }
  return undefined;
}

function isCompactJson(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first !== 123 /* { */ && first !== 91 /* [ */) return false;
  try {
    return JSON.stringify(JSON.parse(text)) === text;
  } catch {
    return false;
  }
}
