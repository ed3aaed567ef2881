import { readHeader, requireHeader } from '../headers.js';
import { parseTextSecrets } from '../secrets.js';
import { emptyMessage, MAX_SIGNATURE_ENTRIES, type SignatureScheme } from './types.js';

const HEADER = 'x-hub-signature-256';

/**
 * GitHub: `X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the body>`, keyed by the UTF-8 text of the
 * secret. Nothing but the body is signed, so there is no timestamp to check: replay protection must
 * come from de-duplicating `X-GitHub-Delivery`.
 */
export const githubScheme: SignatureScheme = {
  name: 'github',
  encoding: 'hex',
  signsTimestamp: false,
  needsId: false,
  multipleSignatures: false,
  expectedHeader: 'x-hub-signature-256: sha256=<64 lower-case hex digits>',

  parseSecrets: (secret) =>
    parseTextSecrets(secret, false, (text, index) =>
      text.startsWith('whsec_')
        ? `wrong secret format? entry ${index} starts with whsec_, the form of a Standard Webhooks secret; ` +
          "GitHub secrets are used as raw text (scheme 'standard' base64-decodes whsec_ secrets)"
        : undefined,
    ),

  readMessage(headers) {
    const signature = requireHeader(headers, HEADER);
    const message = emptyMessage(readHeader(headers, 'x-github-delivery') || undefined, undefined, '');
    for (const part of signature.split(',').slice(0, MAX_SIGNATURE_ENTRIES)) {
      const entry = part.trim();
      if (entry.startsWith('sha256=')) message.macs.push(entry.slice(7));
      else
        message.skipped.push(
          entry.includes('=') ? entry.slice(0, entry.indexOf('=')) : 'an entry without sha256=',
        );
    }
    return message;
  },

  signingPrefix: () => '',

  formatHeaders: (_id, _timestamp, signatures) => ({ [HEADER]: `sha256=${signatures[0]?.value ?? ''}` }),
};
