/**
 * The retry schedule on a fake clock: delays within their jitter bounds, dead-lettering after the
 * last attempt, replay, and what changes between attempts (timestamp, signature) and what does not
 * (webhook-id, body). Real loopback HTTP; only time is fake.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InvalidSenderOptionError } from '../../src/sender/errors.js';
import { DEFAULT_SCHEDULE, parseRetryAfter } from '../../src/sender/node.js';
import { delayBefore } from '../../src/sender/schedule.js';
import { SECRET } from './support/contract.js';
import { type EndpointServer, startEndpointServer } from './support/endpoint-server.js';
import { createFakeClock, type FakeClock, waitFor } from './support/fake-clock.js';
import { type RecordingSender, recordingSender } from './support/recording-sender.js';

let server: EndpointServer;
let clock: FakeClock;
let run: RecordingSender;

/** Values for the jitter: the extremes and the middle, in turn. */
const randoms = [0, 0.999_999, 0.5, 0.25];

beforeEach(async () => {
  server = await startEndpointServer();
  server.on('/down', () => ({ status: 500 }));
  clock = createFakeClock();
  let call = 0;
  run = recordingSender({
    endpoints: [{ id: 'ep_1', url: `${server.origin}/down`, secret: SECRET }],
    clock,
    random: () => randoms[call++ % randoms.length] as number,
    pollIntervalMs: 365 * 24 * 3600 * 1000, // no idle polling: every timer is a due time
  });
});
afterEach(async () => {
  await run.sender.close();
  await server.close();
});

/** Lets the fake clock reach `time` and waits (real time) until `count` attempts were made. */
async function attemptsAt(time: number, count: number) {
  clock.advanceTo(time);
  await waitFor(() => run.attempts.length === count, `attempt ${count}`);
}

describe('default schedule on a fake clock', () => {
  it('retries at 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (+-20%), then dead-letters with every attempt', async () => {
    const sentAt = clock.now();
    const id = await run.sender.send('order.created', { id: 'o1', total: 1 });
    await waitFor(() => run.attempts.length === 1, 'the first attempt');
    // The first delay is 0: jitter of 0 is 0, so it went out at once.
    expect(run.attempts[0]?.attempt.at).toBe(sentAt);
    for (let n = 1; n < DEFAULT_SCHEDULE.length; n++) {
      const previous = run.attempts[n - 1];
      const nominal = DEFAULT_SCHEDULE[n] as number;
      const delay = (previous?.nextAttemptAt ?? 0) - (previous?.attempt.at ?? 0);
      expect(delay, `delay before attempt ${n + 1}`).toBeGreaterThanOrEqual(nominal * 0.8);
      expect(delay, `delay before attempt ${n + 1}`).toBeLessThanOrEqual(nominal * 1.2);
      // Nothing happens a millisecond early...
      clock.advanceTo((previous?.nextAttemptAt ?? 0) - 1);
      await new Promise((resolve) => setTimeout(resolve, 5));
      expect(run.attempts).toHaveLength(n);
      // ...and the attempt goes out when it is due.
      await attemptsAt(previous?.nextAttemptAt ?? 0, n + 1);
      expect(run.attempts[n]?.attempt.at).toBe(previous?.nextAttemptAt);
    }
    // The extremes of the jitter were used: 0.8x and 1.2x of the nominal delay.
    const ratios = run.attempts
      .slice(0, -1)
      .map((a, i) => ((a.nextAttemptAt ?? 0) - a.attempt.at) / (DEFAULT_SCHEDULE[i + 1] as number));
    expect(Math.min(...ratios)).toBeCloseTo(0.8, 5);
    expect(Math.max(...ratios)).toBeCloseTo(1.2, 5);

    await waitFor(() => run.dead.length === 1, 'the dead letter');
    expect(run.attempts.at(-1)?.nextAttemptAt).toBeUndefined();
    const [dead] = (await run.sender.deadLetters.list()).items;
    expect(dead).toMatchObject({ messageId: id, state: 'dead', attemptCount: 8 });
    expect(dead?.attempts.map((a) => a.status)).toEqual(Array(8).fill(500));
    expect(clock.now() - sentAt).toBeGreaterThan(0.8 * 28 * 3600 * 1000);

    // Same webhook-id and body on every attempt; the timestamp (and so the signature) is fresh each time.
    expect(new Set(server.seen.map((r) => r.id))).toEqual(new Set([id]));
    expect(new Set(server.seen.map((r) => r.body)).size).toBe(1);
    const timestamps = server.seen.map((r) => Number(r.timestamp));
    expect(timestamps).toEqual(run.attempts.map((a) => Math.floor(a.attempt.at / 1000)));
    expect(new Set(timestamps).size).toBe(8);
    expect(new Set(server.seen.map((r) => r.signature)).size).toBe(8);
  });

  it('replay delivers a dead letter with a fresh schedule and keeps its history', async () => {
    const id = await run.sender.send('invoice.paid', { invoice: 'in_1' });
    await waitFor(() => run.attempts.length === 1, 'the first attempt');
    for (let n = 1; n < DEFAULT_SCHEDULE.length; n++)
      await attemptsAt(run.attempts[n - 1]?.nextAttemptAt ?? 0, n + 1);
    await waitFor(() => run.dead.length === 1, 'the dead letter');

    server.on('/down', () => ({ status: 204 }));
    expect(await run.sender.deadLetters.replay(id)).toBe(1);
    await waitFor(() => run.delivered.length === 1, 'the replayed delivery');
    expect(run.delivered[0]).toMatchObject({ attemptNumber: 1, delivery: { replays: 1, attemptCount: 0 } });
    expect(run.delivered[0]?.delivery.attempts).toHaveLength(8);
    expect(await run.sender.deadLetters.list()).toEqual({ items: [] });
    expect(new Set(server.seen.map((r) => r.id))).toEqual(new Set([id]));
  });

  it('replay all and purge act on every dead letter', async () => {
    server.on('/down', () => ({ status: 400 }));
    const ids = [
      await run.sender.send('invoice.paid', { invoice: 'in_1' }),
      await run.sender.send('invoice.paid', { invoice: 'in_2' }),
    ];
    await waitFor(() => run.dead.length === 2, 'two dead letters');
    expect((await run.sender.deadLetters.list()).items.map((d) => d.messageId).sort()).toEqual(
      [...ids].sort(),
    );
    expect(await run.sender.deadLetters.replay('all')).toBe(2);
    await waitFor(() => run.dead.length === 4, 'dead again');
    expect(await run.sender.deadLetters.purge('all')).toBe(2);
    expect(await run.sender.queue.stats()).toEqual({ pending: 0, leased: 0, dead: 0 });
  });
});

describe('schedule rules', () => {
  const policy = { schedule: [0, 1000, 60_000], jitter: 0.2, random: () => 0.5 };

  it('has one delay per attempt and none after the last', () => {
    expect([0, 1, 2, 3].map((n) => delayBefore(n, policy))).toEqual([0, 1000, 60_000, undefined]);
  });

  it('clamps Retry-After to the smallest non-zero and the largest delay, without jitter', () => {
    expect(delayBefore(1, policy, 10)).toBe(1000);
    expect(delayBefore(1, policy, 30_000)).toBe(30_000);
    expect(delayBefore(1, policy, 3_600_000)).toBe(60_000);
    expect(delayBefore(3, policy, 5000)).toBeUndefined();
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.UTC(2026, 9, 21, 7, 27, 0);
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:28:00 GMT', now)).toBe(60_000);
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });

  it('refuses an unusable schedule or jitter, naming the fix', () => {
    const make = (extra: object) => () => recordingSender({ endpoints: [], ...extra });
    expect(make({ schedule: [] })).toThrow(InvalidSenderOptionError);
    expect(make({ schedule: [0, -5] })).toThrow(/delays in milliseconds/);
    expect(make({ jitter: 2 })).toThrow(/between 0 and 1/);
  });
});
