/** Idempotency: the store contract, exactly-once under concurrent copies, release after a failure. */
import { describe, expect, it } from 'vitest';
import {
  createMemoryIdempotencyStore,
  createReceiver,
  idempotencyStoreChecks,
  ReceiverOptionError,
  runIdempotencyStoreConformance,
} from '../../src/receiver/node.js';
import { secret, type TestEventMap, table } from './support/contract.js';
import { signed, validOrder } from './support/requests.js';

runIdempotencyStoreConformance({ describe, it }, 'memory store', () => createMemoryIdempotencyStore());

describe('the conformance suite', () => {
  it('fails a store that grants every claim', async () => {
    const broken = { claim: () => 'claimed' as const, complete() {}, release() {} };
    const failures: string[] = [];
    for (const check of idempotencyStoreChecks(() => broken)) {
      await check.run().catch(() => failures.push(check.name));
    }
    expect(failures).toContain('of 50 concurrent claims exactly one is granted');
    expect(failures).toContain('a completed id answers processed');
  });
});

describe('memory store', () => {
  it('stays within maxEntries, forgetting the oldest', () => {
    const store = createMemoryIdempotencyStore({ maxEntries: 100 });
    for (let i = 0; i < 1000; i++) store.complete(`id${i}`, 60_000);
    expect(store.claim('id999', 1000)).toBe('processed');
    expect(store.claim('id0', 1000)).toBe('claimed');
  });
});

describe('receiver idempotency', () => {
  it('runs the handler exactly once for 50 concurrent copies of one message', async () => {
    let runs = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const receiver = createReceiver<TestEventMap>(table, { secret }).on('order.created@2', async () => {
      runs++;
      await gate;
    });
    const request = signed(validOrder());
    const answers = Array.from({ length: 50 }, () => receiver.handle(request));
    await new Promise((resolve) => setTimeout(resolve, 20));
    release();
    const statuses = (await Promise.all(answers)).map((answer) => answer.status);
    expect(runs).toBe(1);
    expect(statuses.filter((status) => status === 204)).toHaveLength(1);
    expect(statuses.filter((status) => status === 429)).toHaveLength(49);
    // Once processed, every later copy is acknowledged without running the handler.
    const later = await Promise.all(Array.from({ length: 50 }, () => receiver.handle(request)));
    expect(later.every((answer) => answer.status === 204)).toBe(true);
    expect(runs).toBe(1);
  });

  it('releases the id when a handler fails, so the retry runs it once more', async () => {
    let runs = 0;
    const receiver = createReceiver<TestEventMap>(table, { secret }).on('order.created', async () => {
      runs++;
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (runs === 1) throw new Error('first attempt fails');
    });
    const request = signed(validOrder());
    const copies = await Promise.all(Array.from({ length: 50 }, () => receiver.handle(request)));
    // One copy runs and fails; the others arrived while it held the claim: retryable, never 2xx.
    expect(copies.filter((answer) => answer.status === 500)).toHaveLength(1);
    expect(copies.filter((answer) => answer.status === 429)).toHaveLength(49);
    expect(runs).toBe(1);
    // The claim was released: the sender's retry runs the handler again, and later copies do not.
    expect((await receiver.handle(request)).status).toBe(204);
    expect((await receiver.handle(request)).status).toBe(204);
    expect(runs).toBe(2);
  });

  it('uses a custom store and refuses a TTL shorter than the tolerance', async () => {
    const calls: string[] = [];
    const inner = createMemoryIdempotencyStore();
    const store = {
      claim: async (id: string, lease: number) => {
        calls.push('claim');
        return inner.claim(id, lease);
      },
      complete: async (id: string, ttl: number) => {
        calls.push(`complete ${ttl}`);
        inner.complete(id, ttl);
      },
      release: async (id: string) => inner.release(id),
    };
    const receiver = createReceiver<TestEventMap>(table, {
      secret,
      idempotency: { store, ttlSeconds: 3600 },
    });
    expect((await receiver.handle(signed(validOrder()))).status).toBe(204);
    expect(calls).toEqual(['claim', 'complete 3600000']);
    expect(() => createReceiver(table, { secret, idempotency: { ttlSeconds: 60 } })).toThrow(
      ReceiverOptionError,
    );
    expect(() => createReceiver(table, { secret, idempotency: { ttlSeconds: 60 } })).toThrow(
      /toleranceSeconds/,
    );
  });

  it('answers 500 and keeps no record when the store fails', async () => {
    const failing = {
      claim: () => Promise.reject(new Error('redis down')),
      complete() {},
      release() {},
    };
    let runs = 0;
    const receiver = createReceiver<TestEventMap>(table, { secret, idempotency: failing }).onAny(() => {
      runs++;
    });
    const answer = await receiver.handle(signed(validOrder()));
    expect(answer.status).toBe(500);
    expect(JSON.parse(answer.body ?? '').error.code).toBe('STORE_FAILED');
    expect(runs).toBe(0);
  });

  it('can be turned off', async () => {
    let runs = 0;
    const receiver = createReceiver<TestEventMap>(table, { secret, idempotency: false }).onAny(() => {
      runs++;
    });
    const request = signed(validOrder());
    await receiver.handle(request);
    await receiver.handle(request);
    expect(runs).toBe(2);
  });
});
