import { describe, expect, it } from 'vitest';
import {
  ConformanceError,
  type ConformanceTarget,
  queueConformanceChecks,
} from '../../src/queue/conformance/index.js';
import { createMemoryQueue, type DeliveryQueue } from '../../src/queue/index.js';

/** Two opens of one store share data, as the suite requires: here, one memory queue per store name. */
function memoryTarget(): ConformanceTarget {
  const stores = new Map<string, DeliveryQueue>();
  return {
    open: ({ store, now }) => {
      const queue = stores.get(store) ?? createMemoryQueue({ now });
      stores.set(store, queue);
      return queue;
    },
    cleanup: (store) => void stores.delete(store),
  };
}

describe('memory queue conformance', () => {
  const checks = queueConformanceChecks(memoryTarget());
  for (const check of checks) it(check.name, check.run);

  it('runs every check that does not need durability', () => {
    expect(checks.length).toBeGreaterThanOrEqual(18);
    expect(checks.some((check) => check.name.startsWith('durable'))).toBe(false);
  });
});

describe('memory queue conformance on the real clock (the mode for queues that keep their own time)', () => {
  const checks = queueConformanceChecks({ ...memoryTarget(), clock: 'real', unitMs: 20 });
  for (const check of checks) it(check.name, check.run);
});

describe('the conformance suite catches a broken queue', () => {
  /** A memory queue whose claim hands out leased deliveries again: the bug leases exist to prevent. */
  const leakyLeases = (now: () => number): DeliveryQueue => {
    const queue = createMemoryQueue({ now });
    return {
      ...queue,
      claim: async (options) => {
        const claimed = await queue.claim(options);
        for (const { lease } of claimed) await queue.release(lease);
        return claimed;
      },
    };
  };
  const checks = queueConformanceChecks({ open: ({ now }) => leakyLeases(now) });

  it('fails the lease check with a message naming what went wrong', async () => {
    const check = checks.find((c) => c.name.startsWith('a lease hides'));
    await expect(check?.run()).rejects.toThrow(ConformanceError);
    await expect(check?.run()).rejects.toThrow(/leased/);
  });
});

describe('memory queue', () => {
  it('says it is not durable', () => {
    expect(createMemoryQueue().durable).toBe(false);
  });

  it('forgets idempotency keys after the window', async () => {
    let now = 0;
    const queue = createMemoryQueue({ now: () => now, idempotencyWindowMs: 1000 });
    const message = (messageId: string) => ({
      messageId,
      eventId: 'e@1',
      body: '{}',
      createdAt: now,
      firstAttemptAt: now,
      endpointIds: ['a'],
      idempotencyKey: 'k',
    });
    expect(await queue.enqueue(message('msg_1'))).toEqual({ messageId: 'msg_1', duplicate: false });
    now = 999;
    expect(await queue.enqueue(message('msg_2'))).toEqual({ messageId: 'msg_1', duplicate: true });
    now = 1000;
    expect(await queue.enqueue(message('msg_3'))).toEqual({ messageId: 'msg_3', duplicate: false });
  });

  it('keeps claims in due order over many random reschedules (heap invariants)', async () => {
    let now = 0;
    const queue = createMemoryQueue({ now: () => now });
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let i = 0; i < 300; i++) {
      const at = Math.floor(random() * 1000);
      await queue.enqueue({
        messageId: `m${i}`,
        eventId: 'e@1',
        body: '{}',
        createdAt: 0,
        firstAttemptAt: at,
        endpointIds: ['a'],
      });
    }
    const delivered = new Set<string>();
    while (delivered.size < 300) {
      now += 50;
      const claims = await queue.claim({ limit: 20, leaseMs: 10_000 });
      for (let i = 1; i < claims.length; i++) {
        expect(claims[i]?.delivery.nextAttemptAt).toBeGreaterThanOrEqual(
          claims[i - 1]?.delivery.nextAttemptAt ?? 0,
        );
      }
      for (const { delivery, lease } of claims) {
        expect(delivery.nextAttemptAt).toBeLessThanOrEqual(now);
        if (random() < 0.3)
          await queue.nack(
            lease,
            { at: now, durationMs: 1, outcome: 'retry' },
            now + Math.floor(random() * 500),
          );
        else {
          await queue.ack(lease, { at: now, durationMs: 1, outcome: 'delivered' });
          delivered.add(delivery.id);
        }
      }
    }
    expect(await queue.stats()).toEqual({ pending: 0, leased: 0, dead: 0 });
  });
});
