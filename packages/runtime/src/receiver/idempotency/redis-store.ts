/**
 * An idempotency store in Redis, shared by every instance of a receiver. Written against the few
 * commands it needs, in the calling convention of ioredis (which BullMQ also uses), so the runtime
 * depends on no Redis client and the store runs wherever the client does.
 */
import type { ClaimResult, IdempotencyStore } from './store.js';

/** The ioredis methods the store calls (an ioredis `Redis` or `Cluster` instance fits). */
export interface RedisCommands {
  set(key: string, value: string, px: 'PX', milliseconds: number, nx: 'NX'): Promise<'OK' | null>;
  set(key: string, value: string, px: 'PX', milliseconds: number): Promise<'OK' | null>;
  get(key: string): Promise<string | null>;
  eval(script: string, keyCount: number, ...keysAndArgs: (string | number)[]): Promise<unknown>;
}

/** Options of {@link createRedisIdempotencyStore}. */
export interface RedisStoreOptions {
  /** Prepended to every id to form its key. Default `'hookwright:webhook:'`. */
  prefix?: string;
}

const PROCESSED = 'processed';
const CLAIM_PREFIX = 'claim:';

// Deletes the key only while it still holds this process's claim: a lease that lapsed and was claimed
// by another instance must not be dropped by the first one's late release.
const RELEASE_OWN_CLAIM =
  "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0";

/**
 * A store keeping one key per id: `claim:<token>` with the lease as its expiry while a handler runs,
 * `processed` with the TTL once it succeeded. `claim` is one `SET NX PX`, atomic across instances;
 * `complete` one `SET PX`; `release` a compare-and-delete script, so an instance only ever releases
 * its own claim. Tokens are random per claim and kept in this process until the claim ends.
 *
 * @example
 * import Redis from 'ioredis';
 * const redis = new Redis(process.env.REDIS_URL!);
 * const receiver = createReceiver({ secret, idempotency: { store: createRedisIdempotencyStore(redis) } });
 */
export function createRedisIdempotencyStore(
  redis: RedisCommands,
  options: RedisStoreOptions = {},
): IdempotencyStore {
  const prefix = options.prefix ?? 'hookwright:webhook:';
  const tokens = new Map<string, string>();
  return {
    async claim(id, leaseMs) {
      const key = prefix + id;
      const token = CLAIM_PREFIX + crypto.randomUUID();
      // Two rounds: a key seen by SET can expire before the GET that reads it; the id is then free.
      for (let round = 0; round < 2; round++) {
        if ((await redis.set(key, token, 'PX', Math.max(1, Math.ceil(leaseMs)), 'NX')) === 'OK') {
          tokens.set(id, token);
          return 'claimed';
        }
        const held = await redis.get(key);
        if (held !== null) return (held === PROCESSED ? 'processed' : 'in-progress') satisfies ClaimResult;
      }
      return 'in-progress';
    },
    async complete(id, ttlMs) {
      tokens.delete(id);
      await redis.set(prefix + id, PROCESSED, 'PX', Math.max(1, Math.ceil(ttlMs)));
    },
    async release(id) {
      const token = tokens.get(id);
      if (token === undefined) return;
      tokens.delete(id);
      await redis.eval(RELEASE_OWN_CLAIM, 1, prefix + id, token);
    },
  };
}
