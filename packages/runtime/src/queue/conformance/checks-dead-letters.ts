import type { DeliveryQueue } from '../types.js';
import { assert, assertEqual } from './assert.js';
import { type Check, type CheckContext, LEASE_UNITS } from './harness.js';

/** Claims every due delivery and dead-letters it after one failed attempt; answers the delivery ids. */
async function killAll(t: CheckContext, queue: DeliveryQueue): Promise<string[]> {
  const claims = await t.claim(queue, 100);
  for (const claim of claims)
    await queue.deadLetter(claim.lease, t.attempt('retry', 500), 'schedule exhausted');
  return claims.map((claim) => claim.delivery.id);
}

/** Dead letters, replay, purge, listing and shared endpoint state. */
export const deadLetterChecks: Check[] = [
  {
    name: 'deadLetter keeps the delivery with its attempts and reason, out of reach of claims',
    async run(t) {
      const queue = await t.open();
      await queue.enqueue(t.message());
      const claim = await t.claimOne(queue, 'claimed');
      await queue.nack(claim.lease, t.attempt('retry', 500), t.now());
      const second = await t.claimOne(queue, 'claimed again');
      const last = {
        ...t.attempt('retry'),
        error: { code: 'TIMEOUT', message: 'no answer within 15000 ms' },
      };
      await queue.deadLetter(second.lease, last, 'no attempts left');
      const dead = await queue.get(claim.delivery.id);
      assertEqual(dead?.state, 'dead', 'state');
      assertEqual(dead?.deadReason, 'no attempts left', 'deadReason');
      assertEqual(typeof dead?.deadAt, 'number', 'deadAt is set');
      assertEqual(dead?.attemptCount, 2, 'attemptCount');
      assertEqual(
        dead?.attempts.map((a) => a.outcome),
        ['retry', 'retry'],
        'attempt outcomes',
      );
      assertEqual(dead?.attempts[1]?.error, last.error, 'the last attempt error');
      await t.advance(LEASE_UNITS + 1);
      assertEqual(await t.claim(queue, 10), [], 'claim finds no dead delivery');
      assertEqual(await queue.nextDueAt(), undefined, 'nextDueAt ignores dead letters');
      assertEqual(await queue.stats(), { pending: 0, leased: 0, dead: 1 }, 'stats');
    },
  },
  {
    name: 'deadLetter without an attempt (e.g. a disabled endpoint) counts none',
    async run(t) {
      const queue = await t.open();
      await queue.enqueue(t.message());
      const claim = await t.claimOne(queue, 'claimed');
      await queue.deadLetter(claim.lease, undefined, 'endpoint disabled');
      const dead = await queue.get(claim.delivery.id);
      assertEqual(
        [dead?.state, dead?.attemptCount, dead?.attempts],
        ['dead', 0, []],
        'state, attemptCount, attempts',
      );
    },
  },
  {
    name: 'replay by delivery id, by message id and all: pending, due now, schedule restarted, history kept',
    async run(t) {
      const queue = await t.open();
      const [m1, m2, m3] = [t.message(['ep_a', 'ep_b']), t.message(['ep_a']), t.message(['ep_a'])];
      for (const message of [m1, m2, m3]) await queue.enqueue(message);
      assertEqual((await killAll(t, queue)).length, 4, 'dead-lettered');
      await t.advance(2);
      assertEqual(await queue.replay({ ids: [`${m2.messageId}/ep_a`] }), 1, 'replay one delivery id');
      const replayed = await queue.get(`${m2.messageId}/ep_a`);
      assertEqual(
        [
          replayed?.state,
          replayed?.attemptCount,
          replayed?.attempts.length,
          replayed?.replays,
          replayed?.deadReason,
        ],
        ['pending', 0, 1, 1, undefined],
        'replayed delivery: state, attemptCount, attempts kept, replays, no dead reason',
      );
      assert(
        Math.abs((replayed?.nextAttemptAt ?? 0) - t.now()) <= t.unit,
        'the replayed delivery is due now',
      );
      assertEqual(
        await queue.replay({ ids: [m1.messageId] }),
        2,
        'replay by message id takes both endpoints',
      );
      assertEqual(
        await queue.replay({ ids: [m1.messageId, 'msg_unknown'] }),
        0,
        'pending and unknown ids replay nothing',
      );
      const claimed = await t.claim(queue, 10);
      assertEqual(claimed.length, 3, 'replayed deliveries are claimable');
      assertEqual(await queue.replay({ all: true }), 1, 'replay all takes the remaining dead letter');
      assertEqual(await queue.stats(), { pending: 4, leased: 3, dead: 0 }, 'stats');
    },
  },
  {
    name: 'purge deletes only the selected dead letters',
    async run(t) {
      const queue = await t.open();
      const messages = [t.message(), t.message(), t.message()];
      for (const message of messages) await queue.enqueue(message);
      await killAll(t, queue);
      const pending = t.message();
      await queue.enqueue(pending);
      assertEqual(
        await queue.purge({ ids: [messages[0]?.messageId ?? '', pending.messageId] }),
        1,
        'purge one (pending ignored)',
      );
      assertEqual(await queue.get(`${messages[0]?.messageId}/ep_a`), undefined, 'purged delivery is gone');
      assert(await queue.get(`${pending.messageId}/ep_a`), 'the pending delivery stays');
      assertEqual(await queue.purge({ all: true }), 2, 'purge all');
      assertEqual(await queue.stats(), { pending: 1, leased: 0, dead: 0 }, 'stats');
    },
  },
  {
    name: 'list pages through pending (due order) and dead (dead-lettering order) deliveries',
    async run(t) {
      const queue = await t.open();
      const messages = Array.from({ length: 5 }, (_, i) =>
        t.message(['ep_a', 'ep_b'], { firstAttemptAt: t.now() + (5 - i) * t.unit }),
      );
      for (const message of messages) await queue.enqueue(message);
      const ids: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await queue.list({
          state: 'pending',
          limit: 3,
          ...(cursor === undefined ? {} : { cursor }),
        });
        ids.push(...page.items.map((item) => item.id));
        cursor = page.next;
        pages++;
      } while (cursor !== undefined && pages < 10);
      const expected = [...messages].reverse().flatMap((m) => [`${m.messageId}/ep_a`, `${m.messageId}/ep_b`]);
      assertEqual(ids, expected, 'pending in due order across pages of 3');
      assertEqual(pages, 4, 'pages');
      const onlyB = await queue.list({ state: 'pending', endpointId: 'ep_b' });
      assertEqual(onlyB.items.length, 5, 'endpoint filter');
      assertEqual(onlyB.next, undefined, 'no next page');
      await t.advance(6);
      const claims = await t.claim(queue, 10);
      const order = [expected[3], expected[0], expected[7]];
      for (const id of order) {
        const claim = claims.find((c) => c.delivery.id === id);
        assert(claim, `${id} claimed`);
        await queue.deadLetter(claim.lease, undefined, 'test');
      }
      const dead = await queue.list({ state: 'dead', limit: 2 });
      const rest =
        dead.next === undefined ? [] : (await queue.list({ state: 'dead', cursor: dead.next })).items;
      assertEqual(
        [...dead.items, ...rest].map((item) => item.id),
        order,
        'dead in dead-lettering order',
      );
    },
  },
  {
    name: 'endpoint state is shared: disable, list, enable',
    async run(t) {
      const [one, two] = [await t.open(), await t.open()];
      const info = { at: t.now(), reason: '410 Gone from https://example.test/hook' };
      await one.disableEndpoint('ep_a', info);
      assertEqual(await two.disabledEndpoints(), { ep_a: info }, 'seen through another handle');
      await two.enableEndpoint('ep_a');
      assertEqual(await one.disabledEndpoints(), {}, 'after enable');
    },
  },
  {
    name: 'durable: pending deliveries, attempts, dead letters and endpoint state survive a reopen',
    durableOnly: true,
    async run(t) {
      const first = await t.open();
      const [kept, killed] = [t.message(), t.message()];
      await first.enqueue(killed);
      await killAll(t, first);
      await first.enqueue(kept);
      const claim = await t.claimOne(first, 'claimed');
      await first.nack(claim.lease, t.attempt('retry', 502), t.now());
      await t.claimOne(first, 'claimed again and left leased');
      await first.disableEndpoint('ep_b', { at: t.now(), reason: 'gone' });
      await first.close();
      const second = await t.open();
      assertEqual(await second.stats(), { pending: 1, leased: 1, dead: 1 }, 'stats after reopen');
      assertEqual(
        (await second.get(`${kept.messageId}/ep_a`))?.attemptCount,
        1,
        'attempt history after reopen',
      );
      assertEqual(Object.keys(await second.disabledEndpoints()), ['ep_b'], 'disabled endpoints after reopen');
      assertEqual(await t.claim(second, 1), [], 'the lease of the closed handle still holds');
      await t.advance(LEASE_UNITS + 1);
      const [reclaimed] = await t.claim(second, 1);
      assertEqual(reclaimed?.delivery.id, `${kept.messageId}/ep_a`, 'claimed after the old lease expired');
    },
  },
];
