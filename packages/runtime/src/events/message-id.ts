const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZabcdefghjkmnpqrstvwxyz';
const ID_BYTES = 24;
/** Random bytes for this many ids are drawn at once: one `getRandomValues` call per id cost about 3 µs. */
const POOL_IDS = 128;

const pool = new Uint8Array(ID_BYTES * POOL_IDS);
let offset = pool.length;

/**
 * A new `webhook-id`: `msg_` and 24 random characters (about 137 bits) from Web Crypto, which Node
 * >= 20 and every edge runtime provide globally. Unique per message; retries reuse it.
 *
 * @example
 * createMessageId(); // 'msg_2b7bQf0c9D4mXkRt8VwZqYhN'
 */
export function createMessageId(): string {
  if (offset === pool.length) {
    crypto.getRandomValues(pool);
    offset = 0;
  }
  let id = 'msg_';
  // 256 is not a multiple of the alphabet size; the slight bias is irrelevant for an identifier.
  for (let i = offset; i < offset + ID_BYTES; i++) id += ALPHABET[(pool[i] as number) % ALPHABET.length];
  offset += ID_BYTES;
  return id;
}
