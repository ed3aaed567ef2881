/**
 * Where a receiver remembers which `webhook-id`s it has processed. The contract every store keeps
 * (checked by `idempotencyStoreChecks` in `conformance.ts`):
 *
 * - `claim(id, leaseMs)` is atomic: of any number of concurrent claims of one id, exactly one gets
 *   `'claimed'`. The others get `'in-progress'` while the claim is held, `'processed'` once it is
 *   completed. A claim not completed or released within `leaseMs` lapses (its process may have died),
 *   and the id can be claimed again.
 * - `complete(id, ttlMs)` marks the id processed for `ttlMs`, after which it is forgotten.
 * - `release(id)` drops a claim (the handler failed): the sender's retry runs the handler again.
 *
 * For several processes, `createRedisIdempotencyStore` (redis-store.ts) keeps this contract in Redis:
 * `SET NX PX` claims, a per-claim token, and a compare-and-delete release.
 */
export type ClaimResult = 'claimed' | 'in-progress' | 'processed';

/** An idempotency store; methods may answer synchronously or with a promise. */
export interface IdempotencyStore {
  claim(id: string, leaseMs: number): ClaimResult | Promise<ClaimResult>;
  complete(id: string, ttlMs: number): void | Promise<void>;
  release(id: string): void | Promise<void>;
}

/** Options of {@link createMemoryIdempotencyStore}. */
export interface MemoryStoreOptions {
  /** Upper bound on remembered ids; the oldest are forgotten first. Default 100,000 (a few MB). */
  maxEntries?: number;
  /** Clock in milliseconds, like `Date.now` (the default). */
  now?: () => number;
}

/**
 * The default store: one process's memory, bounded. Not shared between processes or kept across
 * restarts: run several instances behind a load balancer with a shared store (see {@link IdempotencyStore}).
 *
 * @example
 * const receiver = createReceiver({ secret, idempotency: { store: createMemoryIdempotencyStore({ maxEntries: 10_000 }) } });
 */
export function createMemoryIdempotencyStore(options: MemoryStoreOptions = {}): IdempotencyStore {
  const { maxEntries = 100_000, now = Date.now } = options;
  // Two generations instead of one ordered map with a sweep: a write never iterates, and memory stays
  // within `maxEntries` (each generation holds at most half). When the current one is full it becomes
  // the previous one and the oldest half is forgotten at once. Values are expiry times, negative while
  // a claim is held, positive once processed: no object per id.
  const half = Math.max(1, Math.floor(maxEntries / 2));
  let current = new Map<string, number>();
  let previous = new Map<string, number>();
  // Every request does a claim and a complete on maps of up to `half` ids: each hash lookup spared
  // shows in the receiver benchmark, hence the size test before `has` and the one `get` per map.
  const put = (id: string, value: number) => {
    if (current.size >= half && !current.has(id)) {
      previous = current;
      current = new Map();
    }
    current.set(id, value);
  };
  return {
    claim(id, leaseMs) {
      const value = current.get(id) ?? previous.get(id);
      const time = now();
      if (value !== undefined && Math.abs(value) > time) return value > 0 ? 'processed' : 'in-progress';
      put(id, -(time + leaseMs));
      return 'claimed';
    },
    complete(id, ttlMs) {
      put(id, now() + ttlMs);
    },
    release(id) {
      if ((current.get(id) ?? 0) < 0) current.delete(id);
      if ((previous.get(id) ?? 0) < 0) previous.delete(id);
    },
  };
}
