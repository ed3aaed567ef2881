import { decodeBase64, describeBase64Problem, utf8 } from './encoding.js';
import { InvalidSecretError } from './errors.js';
import type { HmacKey, SigningKey } from './keys.js';
import type { SecretInput } from './types.js';

/** Standard Webhooks' lower bound for new secrets; shorter existing secrets still verify. */
export const MIN_SECRET_BYTES = 24;

/** Keys parsed from the configured secret(s), plus notes for the NO_MATCHING_SIGNATURE hints. */
export interface ParsedSecrets {
  keys: SigningKey[];
  /** Facts about the secrets that could explain a mismatch; never the secret's content. */
  notes: string[];
}

/** The configured strings, checked for type. An unset environment variable is the usual culprit. */
function secretStrings(secret: unknown): readonly string[] {
  const list = typeof secret === 'string' ? [secret] : secret;
  if (!Array.isArray(list) || list.length === 0 || list.some((item) => typeof item !== 'string')) {
    const got = !Array.isArray(list)
      ? `${typeof secret}${secret === undefined ? ' (is the environment variable set?)' : ''}`
      : list.length === 0
        ? 'an empty array'
        : 'an array with a non-string';
    throw new InvalidSecretError(`expected a secret string or an array of them, got ${got}`);
  }
  return list as readonly string[];
}

/** Splits every configured string on whitespace: each entry is one key (key rotation). */
function splitEntries(secret: SecretInput): { entries: string[]; notes: string[] } {
  const strings = secretStrings(secret);
  const entries = strings.flatMap((text) => text.split(/\s+/).filter((entry) => entry !== ''));
  if (entries.length === 0) throw new InvalidSecretError('the secret is empty or only whitespace');
  const notes: string[] = [];
  if (strings.some((text) => /\S\s+\S/.test(text))) {
    notes.push(
      `whitespace in the secret? a configured string held several space-separated entries (${entries.length} ` +
        'keys in all), each used as a separate rotation key; if the whitespace is accidental, remove it',
    );
  }
  return { entries, notes };
}

/**
 * Standard Webhooks secrets: `whsec_<base64>` (prefix optional, padding optional) for HMAC, `whsk_` for
 * an ed25519 secret key (64 bytes: seed + public key), `whpk_` for an ed25519 public key (32 bytes).
 */
export function parseStandardSecrets(secret: SecretInput): ParsedSecrets {
  const { entries, notes } = splitEntries(secret);
  const keys = entries.map((entry, index): SigningKey => {
    if (entry.startsWith('whsk_')) {
      const bytes = decodeEntry(entry.slice(5), index, 'whsk_');
      if (bytes.length !== 64) throw lengthError('whsk_', 64, bytes.length, index);
      return { kind: 'ed25519', index, seed: bytes.slice(0, 32), publicKey: bytes.slice(32) };
    }
    if (entry.startsWith('whpk_')) {
      const bytes = decodeEntry(entry.slice(5), index, 'whpk_');
      if (bytes.length !== 32) throw lengthError('whpk_', 32, bytes.length, index);
      return { kind: 'ed25519', index, seed: undefined, publicKey: bytes };
    }
    const prefixed = entry.startsWith('whsec_');
    const bytes = decodeEntry(prefixed ? entry.slice(6) : entry, index, prefixed ? 'whsec_' : '');
    if (!prefixed) {
      notes.push(
        `wrong secret format? entry ${index} has no whsec_ prefix and was read as base64; if your provider ` +
          "gave you a raw-text secret, use the scheme that keys with text ('github' or 'stripe')",
      );
    }
    if (bytes.length < MIN_SECRET_BYTES) {
      notes.push(
        `wrong secret? entry ${index} decodes to only ${bytes.length} bytes (new secrets have ` +
          `${MIN_SECRET_BYTES}-64): was it copied whole?`,
      );
    }
    return { kind: 'hmac', index, bytes };
  });
  return { keys, notes };
}

function decodeEntry(text: string, index: number, prefix: string): Uint8Array<ArrayBuffer> {
  if (text === '') throw new InvalidSecretError(`${prefix || 'the secret'} has nothing after it`, index);
  const bytes = decodeBase64(text, 'lenient');
  if (bytes !== undefined) return bytes;
  const unprefixed =
    prefix === '' ? ' (entries without a whsec_, whsk_ or whpk_ prefix are read as base64 HMAC secrets)' : '';
  throw new InvalidSecretError(
    `${prefix || 'the secret'} is not valid base64: ${describeBase64Problem(text)}${unprefixed}`,
    index,
  );
}

function lengthError(prefix: string, want: number, got: number, index: number): InvalidSecretError {
  return new InvalidSecretError(`${prefix} keys are ${want} bytes, this one decodes to ${got}`, index);
}

/**
 * Secrets used as raw text (GitHub, Stripe): the key is the UTF-8 bytes of the string, unchanged.
 * `splitOnWhitespace` allows Stripe-style rotation in one string; GitHub secrets may contain spaces.
 * `noteFor` adds a scheme's own observations about an entry to the hints.
 */
export function parseTextSecrets(
  secret: SecretInput,
  splitOnWhitespace: boolean,
  noteFor: (text: string, index: number) => string | undefined,
): ParsedSecrets {
  const { entries, notes } = splitOnWhitespace
    ? splitEntries(secret)
    : { entries: [...secretStrings(secret)], notes: [] };
  const keys = entries.map((entry, index): HmacKey => {
    if (entry === '') throw new InvalidSecretError('the secret is empty', index);
    if (!splitOnWhitespace && entry.trim() !== entry) {
      notes.push(
        `whitespace in the secret? entry ${index} starts or ends with whitespace, which is part of the key`,
      );
    }
    const note = noteFor(entry, index);
    if (note !== undefined) notes.push(note);
    return { kind: 'hmac', index, bytes: utf8(entry) };
  });
  return { keys, notes };
}
