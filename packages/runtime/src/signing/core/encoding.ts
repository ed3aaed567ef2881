/**
 * Base64, hex and UTF-8 helpers written against Web-standard globals only, so the core runs unchanged
 * on Node, Workers, Deno, Bun and browsers (no `Buffer`).
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DECODE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;
const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

const utf8Encoder = new TextEncoder();

/** UTF-8 bytes of `text`. */
export function utf8(text: string): Uint8Array<ArrayBuffer> {
  return utf8Encoder.encode(text);
}

/** Standard base64 with padding (RFC 4648 section 4), the form Standard Webhooks puts on the wire. */
export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += `${ALPHABET[n >> 18]}${ALPHABET[(n >> 12) & 63]}==`;
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += `${ALPHABET[n >> 18]}${ALPHABET[(n >> 12) & 63]}${ALPHABET[(n >> 6) & 63]}=`;
  }
  return out;
}

/**
 * Decodes standard base64.
 * - `lenient` (secrets): padding optional; bits left over in the last character are ignored.
 * - `canonical` (signatures): padding required and left-over bits must be zero, so exactly one string
 *   decodes to a given byte sequence and a changed character can never decode to the same bytes.
 * Returns `undefined` when `text` is not base64 in that mode; {@link describeBase64Problem} says why.
 */
export function decodeBase64(
  text: string,
  mode: 'lenient' | 'canonical',
): Uint8Array<ArrayBuffer> | undefined {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 61 /* = */ && text.length - end < 2) end--;
  const padding = text.length - end;
  if (end % 4 === 1) return undefined;
  if (mode === 'canonical' ? text.length % 4 !== 0 : padding > 0 && text.length % 4 !== 0) return undefined;
  const out = new Uint8Array((end * 3) >> 2);
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    const value = code < 128 ? DECODE[code]! : -1;
    if (value < 0) return undefined;
    acc = ((acc << 6) | value) & 0xfff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  if (mode === 'canonical' && (acc & ((1 << bits) - 1)) !== 0) return undefined;
  return out;
}

/** Why {@link decodeBase64} refused `text` in lenient mode, without echoing the text itself. */
export function describeBase64Problem(text: string): string {
  const end = text.replace(/=+$/, '').length;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 128 && DECODE[code]! >= 0) continue;
    if (text[i] === '-' || text[i] === '_') {
      return `character ${i + 1} is base64url ('-' or '_'); re-encode the key with the standard alphabet (+ /)`;
    }
    return `character ${i + 1} is outside the base64 alphabet`;
  }
  if (end % 4 === 1) return `${end} base64 characters cannot encode whole bytes`;
  return 'the = padding does not match the length';
}

/** Lower-case hex, the form GitHub and Stripe signatures use. */
export function encodeHex(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += HEX[bytes[i]!]!;
  return out;
}
