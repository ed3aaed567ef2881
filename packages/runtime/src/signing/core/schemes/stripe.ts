import { InvalidTimestampError } from '../errors.js';
import { requireHeader } from '../headers.js';
import { parseTextSecrets } from '../secrets.js';
import { parseTimestamp } from '../timestamp.js';
import { emptyMessage, MAX_SIGNATURE_ENTRIES, type SignatureScheme } from './types.js';

const HEADER = 'stripe-signature';

/**
 * Stripe-style: `Stripe-Signature: t=<unix seconds>,v1=<hex>[,v1=<hex>...]` over `{t}.{body}`, keyed
 * by the UTF-8 text of the whole secret, `whsec_` included (it is not base64-decoded). During a
 * rotation one header carries a `v1` per active secret. Other elements (`v0`, ...) are skipped.
 */
export const stripeScheme: SignatureScheme = {
  name: 'stripe',
  encoding: 'hex',
  signsTimestamp: true,
  needsId: false,
  multipleSignatures: true,
  expectedHeader: 'stripe-signature: t=<unix seconds>,v1=<64 lower-case hex digits>',

  parseSecrets: (secret) =>
    parseTextSecrets(secret, true, (text, index) =>
      text.startsWith('whsec_')
        ? undefined
        : `wrong secret format? entry ${index} has no whsec_ prefix; Stripe signing secrets start with ` +
          'whsec_ and their whole text, prefix included, is the key',
    ),

  readMessage(headers) {
    const header = requireHeader(headers, HEADER);
    let rawTimestamp: string | undefined;
    const macs: string[] = [];
    const skipped: string[] = [];
    for (const part of header.split(',').slice(0, MAX_SIGNATURE_ENTRIES + 1)) {
      const equals = part.indexOf('=');
      const name = part.slice(0, Math.max(equals, 0)).trim();
      const value = part.slice(equals + 1).trim();
      if (name === 't' && rawTimestamp === undefined) rawTimestamp = value;
      else if (name === 'v1') macs.push(value);
      else skipped.push(name === '' ? 'an element without a name' : name);
    }
    if (rawTimestamp === undefined) {
      throw new InvalidTimestampError('', 'the Stripe-Signature header has no t= element');
    }
    const message = emptyMessage(undefined, parseTimestamp(rawTimestamp), `${rawTimestamp}.`);
    message.macs = macs;
    message.skipped = skipped;
    return message;
  },

  signingPrefix: (_id, timestamp) => `${timestamp}.`,

  formatHeaders: (_id, timestamp, signatures) => ({
    [HEADER]: [`t=${timestamp}`, ...signatures.map(({ value }) => `v1=${value}`)].join(','),
  }),
};
