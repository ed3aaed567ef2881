import { decodeBase64 } from '../encoding.js';
import { requireHeader } from '../headers.js';
import { parseStandardSecrets } from '../secrets.js';
import { parseTimestamp } from '../timestamp.js';
import { emptyMessage, MAX_SIGNATURE_ENTRIES, type SignatureScheme, type SignedMessage } from './types.js';

/**
 * Standard Webhooks: `webhook-signature` holds space-separated `v1,<base64 HMAC-SHA256>` and
 * `v1a,<base64 ed25519>` entries over `{webhook-id}.{webhook-timestamp}.{body}`.
 */
export const standardScheme: SignatureScheme = {
  name: 'standard',
  encoding: 'base64',
  signsTimestamp: true,
  needsId: true,
  multipleSignatures: true,
  expectedHeader: 'webhook-signature: v1,<base64> (or v1a,<base64> for ed25519)',
  parseSecrets: parseStandardSecrets,

  readMessage(headers) {
    const id = requireHeader(headers, 'webhook-id');
    const rawTimestamp = requireHeader(headers, 'webhook-timestamp');
    const signature = requireHeader(headers, 'webhook-signature');
    const timestamp = parseTimestamp(rawTimestamp);
    // The header's own text is what was signed: never re-format the timestamp.
    const message = emptyMessage(id, timestamp, `${id}.${rawTimestamp}.`);
    readEntries(signature, message);
    return message;
  },

  signingPrefix: (id, timestamp) => `${id}.${timestamp}.`,

  formatHeaders(id, timestamp, signatures) {
    const entries = signatures.map(({ key, value }) =>
      key.kind === 'hmac' ? `v1,${value}` : `v1a,${value}`,
    );
    return {
      'webhook-id': id ?? '',
      'webhook-timestamp': String(timestamp),
      'webhook-signature': entries.join(' '),
    };
  },
};

function readEntries(signature: string, message: SignedMessage): void {
  // Most requests carry one entry: read it without splitting (an array and a copy per request).
  if (signature.indexOf(' ') < 0) {
    if (signature !== '') readEntry(signature, message);
    return;
  }
  let seen = 0;
  for (const token of signature.split(' ')) {
    if (token === '') continue;
    if (++seen > MAX_SIGNATURE_ENTRIES) {
      message.skipped.push(`entries past the first ${MAX_SIGNATURE_ENTRIES}`);
      return;
    }
    readEntry(token, message);
  }
}

function readEntry(token: string, message: SignedMessage): void {
  // A repeated header arrives joined with ", ": the comma then trails an entry (base64 has none).
  const entry = token.endsWith(',') ? token.slice(0, -1) : token;
  const comma = entry.indexOf(',');
  const version = comma > 0 ? entry.slice(0, comma) : '';
  if (version === 'v1') {
    message.macs.push(entry.slice(comma + 1));
  } else if (version === 'v1a') {
    const bytes = decodeBase64(entry.slice(comma + 1), 'canonical');
    if (bytes?.length === 64) message.ed25519.push(bytes);
    else message.skipped.push('v1a (not 64 bytes of base64)');
  } else {
    message.skipped.push(version === '' ? 'an entry without a version tag' : version);
  }
}
