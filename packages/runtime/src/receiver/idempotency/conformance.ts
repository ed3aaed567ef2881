/**
 * The checks every {@link IdempotencyStore} must pass, exported so that authors of a store (Redis,
 * a database) run the same suite as the built-in memory store. Framework-neutral: a list of named
 * async checks that throw on failure, plus a helper that registers them with any `describe`/`it`.
 */
import type { IdempotencyStore } from './store.js';

/** One named check; `run` throws an Error describing what the store did wrong. */
export interface StoreCheck {
  name: string;
  run(): Promise<void>;
}

/** Makes a fresh, empty store for one check; it may be async (connect to a server, flush a key space). */
export type StoreFactory = () => IdempotencyStore | Promise<IdempotencyStore>;

/** Options of the suite. */
export interface ConformanceOptions {
  /**
   * Milliseconds a store may take beyond a lease or TTL before the expiry checks fail; stores that
   * expire with a coarser clock raise it. Default 50.
   */
  slackMs?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function expectEqual(actual: unknown, expected: unknown, what: string): void {
  if (actual !== expected) throw new Error(`${what}: expected ${String(expected)}, got ${String(actual)}`);
}

let counter = 0;
const freshId = () => `conformance-${Date.now().toString(36)}-${(counter++).toString(36)}`;

/**
 * The store contract as checks.
 *
 * @example
 * for (const check of idempotencyStoreChecks(() => createRedisStore(redis))) await check.run();
 */
export function idempotencyStoreChecks(
  factory: StoreFactory,
  options: ConformanceOptions = {},
): StoreCheck[] {
  const slack = options.slackMs ?? 50;
  const check = (name: string, body: (store: IdempotencyStore, id: string) => Promise<void>): StoreCheck => ({
    name,
    run: async () => body(await factory(), freshId()),
  });
  return [
    check('a first claim is granted', async (store, id) => {
      expectEqual(await store.claim(id, 10_000), 'claimed', 'first claim');
    }),
    check('a held claim answers in-progress', async (store, id) => {
      await store.claim(id, 10_000);
      expectEqual(await store.claim(id, 10_000), 'in-progress', 'second claim while the first is held');
    }),
    check('a completed id answers processed', async (store, id) => {
      await store.claim(id, 10_000);
      await store.complete(id, 10_000);
      expectEqual(await store.claim(id, 10_000), 'processed', 'claim after complete');
    }),
    check('a released id can be claimed again', async (store, id) => {
      await store.claim(id, 10_000);
      await store.release(id);
      expectEqual(await store.claim(id, 10_000), 'claimed', 'claim after release');
    }),
    check('of 50 concurrent claims exactly one is granted', async (store, id) => {
      const results = await Promise.all(Array.from({ length: 50 }, () => store.claim(id, 10_000)));
      expectEqual(results.filter((r) => r === 'claimed').length, 1, 'granted claims');
      expectEqual(results.filter((r) => r === 'in-progress').length, 49, 'in-progress answers');
    }),
    check('ids are independent', async (store, id) => {
      await store.claim(id, 10_000);
      await store.complete(id, 10_000);
      expectEqual(await store.claim(`${id}-other`, 10_000), 'claimed', 'claim of another id');
    }),
    check('a lapsed lease can be claimed again', async (store, id) => {
      await store.claim(id, 100);
      await sleep(100 + slack);
      expectEqual(await store.claim(id, 10_000), 'claimed', 'claim after the lease lapsed');
    }),
    check('a processed id is forgotten after its TTL', async (store, id) => {
      await store.claim(id, 10_000);
      await store.complete(id, 100);
      expectEqual(await store.claim(id, 10_000), 'processed', 'claim within the TTL');
      await sleep(100 + slack);
      expectEqual(await store.claim(id, 10_000), 'claimed', 'claim after the TTL');
    }),
  ];
}

/** The `describe`/`it` pair of any test runner (vitest, jest, mocha, node:test). */
export interface TestHooks {
  describe(name: string, body: () => void): unknown;
  it(name: string, body: () => Promise<void>): unknown;
}

/**
 * Registers the checks as tests.
 *
 * @example
 * import { describe, it } from 'vitest';
 * runIdempotencyStoreConformance({ describe, it }, 'redis store', () => createRedisStore(redis));
 */
export function runIdempotencyStoreConformance(
  hooks: TestHooks,
  name: string,
  factory: StoreFactory,
  options?: ConformanceOptions,
): void {
  hooks.describe(`${name} (idempotency store conformance)`, () => {
    for (const check of idempotencyStoreChecks(factory, options)) hooks.it(check.name, () => check.run());
  });
}
