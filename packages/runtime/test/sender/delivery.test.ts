/**
 * Whole-run properties, compared as id sets: a healthy receiver gets every message exactly once; under
 * random faults every accepted message is delivered at least once or dead-lettered with its attempts,
 * and none goes missing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SECRET } from './support/contract.js';
import type { Answer } from './support/endpoint-server.js';
import { waitFor } from './support/fake-clock.js';
import { useLoopback } from './support/loopback.js';
import { recordingSender } from './support/recording-sender.js';

const loop = useLoopback();

const endpoints = () => [
  { id: 'ep_orders', url: `${loop.server.origin}/orders`, secret: SECRET, events: ['order.created'] },
  { id: 'ep_all', url: `${loop.server.origin}/all`, secret: SECRET },
];

/** `path id` for each request the loop.server saw. */
const seenKeys = () => loop.server.seen.map((r) => `${r.path} ${r.id}`);

describe('delivery guarantees', () => {
  it('delivers every message exactly once to a healthy receiver, fanned out by subscription', async () => {
    loop.run = recordingSender({ endpoints: endpoints(), concurrency: 8 });
    const sender = loop.run.sender;
    const sent = await Promise.all(
      Array.from({ length: 300 }, (_, i) =>
        i % 3 === 0
          ? sender.send('invoice.paid', { invoice: `in_${i}` })
          : sender.send('order.created', { id: `o_${i}`, total: i }),
      ),
    );
    const expected = sent.flatMap((id, i) =>
      i % 3 === 0 ? [`/all ${id}`] : [`/orders ${id}`, `/all ${id}`],
    );
    await waitFor(() => loop.server.seen.length >= expected.length, 'every delivery', 20_000);
    await new Promise((resolve) => setTimeout(resolve, 50)); // a duplicate would arrive now
    expect(seenKeys().sort()).toEqual([...expected].sort());
    expect(new Set(seenKeys()).size).toBe(seenKeys().length);
    expect(await sender.queue.stats()).toEqual({ pending: 0, leased: 0, dead: 0 });
  });

  it('under random faults, every accepted id is delivered at least once or dead-lettered with its attempts', async () => {
    const answers: Answer[] = [
      { status: 204 },
      { status: 200 },
      { status: 500 },
      { status: 503 },
      { status: 429, headers: { 'retry-after': '0' } },
      { fault: 'reset' },
      { fault: 'hang' },
      { status: 400 },
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.nat(answers.length - 1), { minLength: 40, maxLength: 40 }),
        fc.integer({ min: 5, max: 40 }),
        async (script, messages) => {
          loop.server.seen.length = 0;
          let call = 0;
          const behaviour = () => answers[script[call++ % script.length] as number] as Answer;
          loop.server.on('/orders', behaviour);
          loop.server.on('/all', behaviour);
          loop.run = recordingSender({
            endpoints: endpoints(),
            schedule: [0, 5, 5, 5],
            jitter: 0.2,
            timeoutMs: 60,
          });
          const accepted = await Promise.all(
            Array.from({ length: messages }, (_, i) =>
              loop.run!.sender.send('order.created', { id: `o_${i}`, total: i }),
            ),
          );
          const settled = () => loop.run!.delivered.length + loop.run!.dead.length;
          await waitFor(() => settled() === accepted.length * 2, 'every delivery settled', 20_000);
          const delivered = new Set(
            loop.run.delivered.map((e) => `${e.endpoint.id} ${e.delivery.messageId}`),
          );
          const dead = new Set(loop.run.dead.map((e) => `${e.endpoint.id} ${e.delivery.messageId}`));
          const expected = accepted.flatMap((id) => [`ep_orders ${id}`, `ep_all ${id}`]);
          // Each delivery ended exactly one way, and together they are exactly the accepted ones.
          expect([...delivered, ...dead].sort()).toEqual([...expected].sort());
          for (const event of loop.run.dead) {
            expect(event.delivery.attempts.length + (event.attempt ? 1 : 0)).toBeGreaterThan(0);
          }
          const deadInQueue = (await loop.run.sender.deadLetters.list({ limit: 1000 })).items;
          expect(new Set(deadInQueue.map((d) => `${d.endpointId} ${d.messageId}`))).toEqual(dead);
          expect(deadInQueue.every((d) => d.attempts.length >= 1)).toBe(true);
          // Delivered ones reached the loop.server (at least once: a timed-out attempt may have arrived too).
          const reached = new Set(
            seenKeys().map((key) => key.replace('/orders', 'ep_orders').replace('/all', 'ep_all')),
          );
          for (const key of delivered) expect(reached.has(key)).toBe(true);
          await loop.run.sender.close();
          loop.run = undefined;
        },
      ),
      { numRuns: 8 },
    );
  });
});
