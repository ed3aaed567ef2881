import { assert, assertEqual, assertRejects } from './assert.js';
import type { Check } from './harness.js';

/** What a payload-mode message carries besides its body (GitHub-style names). */
const HEADERS = { 'x-github-event': 'issues', 'x-github-delivery': '72d3162e-cc78-11e3' };

/** A message's own request headers: stored with each delivery, through every settle, as copies. */
export const headerChecks: Check[] = [
  {
    name: "a message's headers reach every delivery and stay through nack, dead letter and replay",
    async run(t) {
      const queue = await t.open();
      const headers = { ...HEADERS };
      const message = t.message(['ep_a', 'ep_b'], { headers });
      await queue.enqueue(message);
      headers['x-github-event'] = 'changed after enqueue';
      assertEqual((await queue.get(`${message.messageId}/ep_b`))?.headers, HEADERS, 'stored for ep_b');
      const first = (await t.claim(queue, 2)).find((claim) => claim.delivery.endpointId === 'ep_a');
      assert(first, 'the delivery to ep_a is claimed');
      assertEqual(first.delivery.headers, HEADERS, 'claimed delivery');
      first.delivery.headers = { changed: 'by the worker' };
      await queue.nack(first.lease, t.attempt('retry', 503), t.now());
      const again = await t.claimOne(queue, 'claimed after nack');
      assertEqual(again.delivery.headers, HEADERS, 'after nack');
      await queue.deadLetter(again.lease, t.attempt('retry', 503), 'no attempts left');
      assertEqual((await queue.get(first.delivery.id))?.headers, HEADERS, 'dead letter');
      await queue.replay({ ids: [first.delivery.id] });
      const replayed = await t.claimOne(queue, 'claimed after replay');
      assertEqual(replayed.delivery.headers, HEADERS, 'after replay');
    },
  },
  {
    name: 'a message without headers (or with none in its object) gives records without a headers field',
    async run(t) {
      const queue = await t.open();
      const plain = t.message(['ep_a']);
      const empty = t.message(['ep_a'], { headers: {} });
      await queue.enqueue(plain);
      await queue.enqueue(empty);
      for (const message of [plain, empty]) {
        const record = await queue.get(`${message.messageId}/ep_a`);
        assert(record, `${message.messageId} stored`);
        assert(!('headers' in record), `no headers field on ${message.messageId}: ${JSON.stringify(record)}`);
      }
    },
  },
  {
    name: 'headers that are not lower-case names to single-line strings are refused with INVALID_QUEUE_INPUT',
    async run(t) {
      const queue = await t.open();
      const bad: unknown[] = [
        { 'X-GitHub-Event': 'issues' },
        { 'x-github-event': 42 },
        { 'x-github-event': 'issues\r\nx-injected: 1' },
        ['x-github-event', 'issues'],
      ];
      for (const headers of bad) {
        await assertRejects(
          () => queue.enqueue(t.message(['ep_a'], { headers: headers as Record<string, string> })),
          'INVALID_QUEUE_INPUT',
          `headers ${JSON.stringify(headers)}`,
        );
      }
      assertEqual(await queue.stats(), { pending: 0, leased: 0, dead: 0 }, 'nothing stored');
    },
  },
  {
    name: 'durable: headers survive a reopen',
    durableOnly: true,
    async run(t) {
      const first = await t.open();
      const message = t.message(['ep_a'], { headers: HEADERS });
      await first.enqueue(message);
      await first.close();
      const second = await t.open();
      assertEqual((await t.claimOne(second, 'claimed after reopen')).delivery.headers, HEADERS, 'headers');
    },
  },
];
