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
 * Redis, for several processes: `claim` is `SET hw:<id> processing NX PX <leaseMs>`: `OK` means
 * claimed; otherwise `GET hw:<id>` tells `processing` from `processed`. `complete` is
 * `SET hw:<id> processed PX <ttlMs>`, `release` is `DEL hw:<id>` (store a per-claim token instead of
 * `processing` and compare it in a Lua script if a lapsed lease could be reclaimed by another process
 * before the first one releases).
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

interface Entry {
  processed: boolean;
  expiresAt: number;
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
  // Map order is insertion order and every write re-inserts, so the first entries expire first
  // (leases and TTLs are each constant per receiver): sweeping from the front is O(1) per write.
  const entries = new Map<string, Entry>();
  const put = (id: string, entry: Entry) => {
    entries.delete(id);
    entries.set(id, entry);
    const time = now();
    for (const [key, first] of entries) {
      if (entries.size <= maxEntries && first.expiresAt > time) break;
      entries.delete(key);
    }
  };
  return {
    claim(id, leaseMs) {
      const entry = entries.get(id);
      if (entry !== undefined && entry.expiresAt > now())
        return entry.processed ? 'processed' : 'in-progress';
      put(id, { processed: false, expiresAt: now() + leaseMs });
      return 'claimed';
    },
    complete(id, ttlMs) {
      put(id, { processed: true, expiresAt: now() + ttlMs });
    },
    release(id) {
      if (entries.get(id)?.processed === false) entries.delete(id);
    },
  };
}
