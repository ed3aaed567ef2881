import { type BodyData, toBodyData } from './body.js';
import { InvalidMessageIdError, InvalidSecretError } from './errors.js';
import type { SigningKey } from './keys.js';
import { requireObject, resolveClock } from './options.js';
import { schemeNamed } from './schemes/index.js';
import type { SignatureScheme } from './schemes/types.js';
import { signingTimestamp } from './timestamp.js';
import type { SignedHeaders, SignerOptions, SignInput } from './types.js';

/** Signing shares everything but the cryptography across back ends, like verification. */
export interface SignerContext {
  readonly scheme: SignatureScheme;
  readonly keys: readonly SigningKey[];
  readonly now: () => number;
}

export function createSignerContext(options: SignerOptions): SignerContext {
  requireObject(options, 'options');
  const scheme = schemeNamed(options.scheme);
  const { keys } = scheme.parseSecrets(options.secret);
  for (const key of keys) {
    if (key.kind === 'ed25519' && key.seed === undefined) {
      throw new InvalidSecretError(
        'whpk_ is a public key: it verifies but cannot sign; use the whsk_ key',
        key.index,
      );
    }
  }
  if (!scheme.multipleSignatures && keys.length > 1) {
    throw new InvalidSecretError(
      `the ${scheme.name} scheme carries one signature per message: give the signer one secret ` +
        `(verifiers accept several), got ${keys.length}`,
    );
  }
  return { scheme, keys, now: resolveClock(options.now) };
}

/** One message's state between preparing the signed content and laying out the headers. */
export interface PendingSignature {
  id: string | undefined;
  timestamp: number;
  prefix: string;
  data: BodyData;
}

export function beginSigning(context: SignerContext, input: SignInput): PendingSignature {
  requireObject(input, 'input');
  const data = toBodyData(input.body);
  const id = context.scheme.needsId ? checkMessageId(input.id) : input.id;
  const timestamp = signingTimestamp(input.timestamp, context.now);
  return { id, timestamp, prefix: context.scheme.signingPrefix(id, timestamp), data };
}

/** `values[i]` is the signature made with `context.keys[i]`. */
export function finishSigning(
  context: SignerContext,
  pending: PendingSignature,
  values: string[],
): SignedHeaders {
  const signatures = context.keys.map((key, i) => ({ key, value: values[i]! }));
  return context.scheme.formatHeaders(pending.id, pending.timestamp, signatures);
}

/**
 * The id is signed as `{id}.{timestamp}.`: a `.` in it would let one signed text parse as a different
 * (id, timestamp) pair, and whitespace or control characters would be trimmed or refused by HTTP
 * stacks on the way, so the receiver would verify a different id.
 */
function checkMessageId(id: unknown): string {
  if (typeof id !== 'string' || id === '') {
    throw new InvalidMessageIdError(
      `a message id (webhook-id) is required, got ${id === '' ? 'an empty string' : typeof id}`,
    );
  }
  for (let i = 0; i < id.length; i++) {
    const code = id.charCodeAt(i);
    if (code === 46 /* . */) {
      throw new InvalidMessageIdError(`message id must not contain '.' (found at character ${i + 1})`);
    }
    if (code < 0x21 || code > 0x7e) {
      throw new InvalidMessageIdError(
        `message id must be printable ASCII without spaces (character ${i + 1} is U+${code.toString(16).padStart(4, '0')})`,
      );
    }
  }
  return id;
}
