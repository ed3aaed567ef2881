import { assert, assertEqual, assertRejects } from './assert.js';
import { type Check, LEASE_UNITS } from './harness.js';

/** Enqueue, claim, leases and settling: the path every delivery takes. */
export const claimChecks: Check[] = [
  {
    name: 'enqueue stores one pending delivery per endpoint, as plain JSON',
    async run(t) {
      const queue = await t.open();
      const message = t.message(['ep_a', 'ep_b']);
      assertEqual(
        await queue.enqueue(message),
        { messageId: message.messageId, duplicate: false },
        'enqueue result',
      );
      const a = await queue.get(`${message.messageId}/ep_a`);
      assert(a, 'get(messageId/ep_a) finds the delivery');
      assertEqual(
        a,
        {
          id: `${message.messageId}/ep_a`,
          messageId: message.messageId,
          endpointId: 'ep_a',
          eventId: message.eventId,
          body: message.body,
          createdAt: message.createdAt,
          state: 'pending',
          nextAttemptAt: message.firstAttemptAt,
          attemptCount: 0,
          attempts: [],
          replays: 0,
        },
        'stored delivery',
      );
      assertEqual(JSON.parse(JSON.stringify(a)), a, 'a record survives a JSON round trip unchanged');
      assert(await queue.get(`${message.messageId}/ep_b`), 'get(messageId/ep_b) finds the second delivery');
      assertEqual(await queue.stats(), { pending: 2, leased: 0, dead: 0 }, 'stats');
    },
  },
  {
    name: 'a message without endpoints stores nothing',
    async run(t) {
      const queue = await t.open();
      const message = t.message([]);
      assertEqual(
        await queue.enqueue(message),
        { messageId: message.messageId, duplicate: false },
        'enqueue result',
      );
      assertEqual(await queue.stats(), { pending: 0, leased: 0, dead: 0 }, 'stats');
      assertEqual(await queue.nextDueAt(), undefined, 'nextDueAt of an empty queue');
    },
  },
  {
    name: 'a repeated idempotency key answers the first message id and stores nothing',
    async run(t) {
      const queue = await t.open();
      const first = t.message(['ep_a'], { idempotencyKey: 'order-42' });
      const second = t.message(['ep_a'], { idempotencyKey: 'order-42' });
      await queue.enqueue(first);
      assertEqual(
        await queue.enqueue(second),
        { messageId: first.messageId, duplicate: true },
        'second enqueue',
      );
      assertEqual(await queue.get(`${second.messageId}/ep_a`), undefined, 'the duplicate was not stored');
      assertEqual((await queue.stats()).pending, 1, 'pending count');
      const other = t.message(['ep_a'], { idempotencyKey: 'order-43' });
      assertEqual((await queue.enqueue(other)).duplicate, false, 'another key is not a duplicate');
    },
  },
  {
    name: 'claim returns only due deliveries, by due time then enqueue order, up to the limit',
    async run(t) {
      const queue = await t.open();
      const later = t.message(['ep_a'], { firstAttemptAt: t.now() + 10 * t.unit });
      const first = t.message(['ep_a', 'ep_b']);
      const second = t.message(['ep_a']);
      for (const message of [later, first, second]) await queue.enqueue(message);
      const claimed = await t.claim(queue, 2);
      assertEqual(
        claimed.map((c) => c.delivery.id),
        [`${first.messageId}/ep_a`, `${first.messageId}/ep_b`],
        'first claim (limit 2)',
      );
      const rest = await t.claim(queue, 10);
      assertEqual(
        rest.map((c) => c.delivery.id),
        [`${second.messageId}/ep_a`],
        'second claim: the future one is not due',
      );
      for (const claim of [...claimed, ...rest]) await queue.ack(claim.lease, t.attempt('delivered', 204));
      assertEqual(await queue.nextDueAt(), later.firstAttemptAt, 'nextDueAt is the future delivery');
      await t.advance(11);
      const due = await t.claim(queue, 10);
      assertEqual(
        due.map((c) => c.delivery.id),
        [`${later.messageId}/ep_a`],
        'claim once it is due',
      );
    },
  },
  {
    name: 'a lease hides the delivery until it expires; then another claim gets a new token',
    async run(t) {
      const queue = await t.open();
      await queue.enqueue(t.message());
      const first = await t.claimOne(queue, 'the delivery is claimed');
      assert(first.lease.expiresAt >= t.now() + t.leaseMs - t.unit, 'expiresAt is about now + leaseMs');
      assert(first.delivery.leaseExpiresAt === first.lease.expiresAt, 'the record shows the lease expiry');
      assertEqual((await queue.stats()).leased, 1, 'leased count');
      assertEqual(await t.claim(queue, 1), [], 'claim while leased');
      assert((await queue.nextDueAt()) === first.lease.expiresAt, 'nextDueAt is the lease expiry');
      await t.advance(LEASE_UNITS + 1);
      const again = await t.claimOne(queue, 'the delivery is claimed again after the lease expired');
      assert(again.lease.token !== first.lease.token, 'the new claim has a new token');
      await assertRejects(
        () => queue.ack(first.lease, t.attempt('delivered', 204)),
        'LEASE_LOST',
        'ack with the replaced lease',
      );
      await queue.ack(again.lease, t.attempt('delivered', 204));
    },
  },
  {
    name: 'an expired lease nobody replaced still settles',
    async run(t) {
      const queue = await t.open();
      const message = t.message();
      await queue.enqueue(message);
      const claim = await t.claimOne(queue, 'claimed');
      await t.advance(LEASE_UNITS + 1);
      await queue.ack(claim.lease, t.attempt('delivered', 200));
      assertEqual(await queue.get(claim.delivery.id), undefined, 'acked delivery is gone');
    },
  },
  {
    name: 'ack removes the delivery for good',
    async run(t) {
      const queue = await t.open();
      const message = t.message();
      await queue.enqueue(message);
      const claim = await t.claimOne(queue, 'claimed');
      await queue.ack(claim.lease, t.attempt('delivered', 204));
      assertEqual(await queue.get(claim.delivery.id), undefined, 'get after ack');
      assertEqual(await queue.stats(), { pending: 0, leased: 0, dead: 0 }, 'stats after ack');
      await t.advance(LEASE_UNITS + 1);
      assertEqual(await t.claim(queue, 10), [], 'claim after ack');
      assertEqual(await queue.nextDueAt(), undefined, 'nextDueAt after ack');
      await assertRejects(
        () => queue.ack(claim.lease, t.attempt('delivered', 204)),
        'LEASE_LOST',
        'a second ack',
      );
    },
  },
  {
    name: 'nack records the attempt and makes the delivery due at the given time, not before',
    async run(t) {
      const queue = await t.open();
      await queue.enqueue(t.message());
      const claim = await t.claimOne(queue, 'claimed');
      const attempt = { ...t.attempt('retry', 503), responseBody: 'busy' };
      const retryAt = t.now() + 3 * t.unit;
      await queue.nack(claim.lease, attempt, retryAt);
      const stored = await queue.get(claim.delivery.id);
      assertEqual(stored?.attempts, [attempt], 'attempts after nack');
      assertEqual(stored?.attemptCount, 1, 'attemptCount after nack');
      assertEqual(stored?.nextAttemptAt, retryAt, 'nextAttemptAt after nack');
      assertEqual(stored?.leaseExpiresAt, undefined, 'no lease after nack');
      assertEqual(await queue.nextDueAt(), retryAt, 'nextDueAt after nack');
      assertEqual(await t.claim(queue, 1), [], 'claim before the retry time');
      await t.advance(4);
      const [retry] = await t.claim(queue, 1);
      assertEqual(retry?.delivery.attempts, [attempt], 'the retry claim carries the history');
      await assertRejects(
        () => queue.nack(claim.lease, attempt, retryAt),
        'LEASE_LOST',
        'nack with a settled lease',
      );
    },
  },
  {
    name: 'release gives a claim back unchanged, due as before',
    async run(t) {
      const queue = await t.open();
      await queue.enqueue(t.message());
      const claim = await t.claimOne(queue, 'claimed');
      await queue.release(claim.lease);
      const again = await t.claimOne(queue, 'claimable again at once');
      assertEqual(again.delivery.attemptCount, 0, 'attemptCount after release');
      assertEqual(again.delivery.attempts, [], 'attempts after release');
      await assertRejects(() => queue.release(claim.lease), 'LEASE_LOST', 'release with a replaced lease');
    },
  },
  {
    name: 'returned records are copies',
    async run(t) {
      const queue = await t.open();
      await queue.enqueue(t.message());
      const claim = await t.claimOne(queue, 'claimed');
      claim.delivery.attempts.push(t.attempt('delivered', 200));
      claim.delivery.body = 'changed';
      const stored = await queue.get(claim.delivery.id);
      assertEqual(stored?.attempts, [], 'attempts not changed through a returned record');
      assert(stored?.body !== 'changed', 'body not changed through a returned record');
    },
  },
  {
    name: 'concurrent claims from two handles never hand out one delivery twice',
    async run(t) {
      const [one, two] = [await t.open(), await t.open()];
      const messages = Array.from({ length: 40 }, () => t.message(['ep_a', 'ep_b']));
      for (const message of messages) await one.enqueue(message);
      const seen = new Map<string, number>();
      for (;;) {
        const rounds = await Promise.all([one, two, one, two].map((q) => t.claim(q, 7)));
        const claims = rounds.flat();
        if (claims.length === 0) break;
        for (const claim of claims) seen.set(claim.delivery.id, (seen.get(claim.delivery.id) ?? 0) + 1);
        await Promise.all(
          claims.map((claim, i) => (i % 2 ? one : two).ack(claim.lease, t.attempt('delivered', 204))),
        );
      }
      assertEqual(seen.size, 80, 'distinct deliveries claimed');
      const twice = [...seen].filter(([, n]) => n > 1).map(([id]) => id);
      assertEqual(twice, [], 'deliveries claimed more than once');
      assertEqual(await two.stats(), { pending: 0, leased: 0, dead: 0 }, 'stats at the end');
    },
  },
  {
    name: 'a closed handle rejects with QUEUE_CLOSED',
    async run(t) {
      const queue = await t.open();
      await queue.close();
      await assertRejects(() => queue.enqueue(t.message()), 'QUEUE_CLOSED', 'enqueue after close');
      await assertRejects(
        () => queue.claim({ limit: 1, leaseMs: t.unit }),
        'QUEUE_CLOSED',
        'claim after close',
      );
      await queue.close();
    },
  },
  {
    name: 'invalid input is refused with INVALID_QUEUE_INPUT',
    async run(t) {
      const queue = await t.open();
      await assertRejects(
        () => queue.enqueue(t.message(['ep_a'], { messageId: 'a/b' })),
        'INVALID_QUEUE_INPUT',
        'a message id with "/"',
      );
      await assertRejects(
        () => queue.enqueue(t.message(['ep_a', 'ep_a'])),
        'INVALID_QUEUE_INPUT',
        'a repeated endpoint id',
      );
      await assertRejects(() => queue.claim({ limit: 0, leaseMs: t.unit }), 'INVALID_QUEUE_INPUT', 'limit 0');
      await assertRejects(() => queue.claim({ limit: 1, leaseMs: 0 }), 'INVALID_QUEUE_INPUT', 'leaseMs 0');
    },
  },
];
