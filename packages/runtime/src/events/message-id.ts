const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZabcdefghjkmnpqrstvwxyz';

/**
 * A new `webhook-id`: `msg_` and 24 random characters (about 137 bits) from Web Crypto, which Node
 * >= 20 and every edge runtime provide globally. Unique per message; retries reuse it.
 *
 * @example
 * createMessageId(); // 'msg_2b7bQf0c9D4mXkRt8VwZqYhN'
 */
export function createMessageId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  let id = 'msg_';
  // 256 is not a multiple of the alphabet size; the slight bias is irrelevant for an identifier.
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length];
  return id;
}
