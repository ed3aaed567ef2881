/**
 * The delivery loop: claim due deliveries (up to `concurrency` in flight), attempt each, settle it in
 * the queue, tell the hooks. Sleeps until the queue's next due time (or `pollIntervalMs`, to notice
 * work that other processes sharing a durable queue added), and wakes at once when this sender
 * enqueues or replays.
 */
import { QueueError } from '../queue/errors.js';
import type { AttemptRecord, ClaimedDelivery, DeliveryQueue, EndpointDisabled } from '../queue/types.js';
import { type AttemptSettings, attemptDelivery } from './attempt.js';
import { type SenderClock, unref } from './clock.js';
import type { PreparedEndpoint } from './endpoints.js';
import {
  type AttemptEvent,
  attemptLogEntry,
  type EndpointRef,
  type SenderHooks,
  type SenderLogEntry,
} from './hooks.js';
import { delayBefore, type RetryPolicy } from './schedule.js';

export interface WorkerSettings {
  queue: DeliveryQueue;
  endpoints: ReadonlyMap<string, PreparedEndpoint>;
  /** Endpoints disabled in the queue's shared state, as last read (kept up to date by the sender). */
  disabled: Map<string, EndpointDisabled>;
  policy: RetryPolicy;
  attempt: AttemptSettings;
  clock: SenderClock;
  concurrency: number;
  leaseMs: number;
  pollIntervalMs: number;
  hooks: SenderHooks;
  log: (entry: Omit<SenderLogEntry, 'time'>) => void;
  /** Whether anyone listens to the per-attempt log line (building it is not free). */
  logAttempts: boolean;
  /** Re-reads shared endpoint state now and then (another worker may have seen a 410). */
  refreshDisabled(): Promise<void>;
}

export interface Worker {
  /** Look for due work now (after an enqueue or replay). */
  wake(): void;
  /** Stops claiming; resolves when every attempt in flight has settled, or after `deadlineMs`. */
  stop(deadlineMs: number): Promise<{ abandoned: number }>;
}

const REFRESH_EVERY_MS = 10_000;

export function startWorker(settings: WorkerSettings): Worker {
  const { queue, clock, concurrency, leaseMs, pollIntervalMs, log } = settings;
  const active = new Set<Promise<void>>();
  let pumping = false;
  let again = false;
  let stopped = false;
  let timer: unknown;
  let refreshedAt = clock.now();

  const wake = () => {
    if (stopped) return;
    if (pumping) {
      again = true;
      return;
    }
    void pump();
  };

  /** When the pending timer fires; a timer due no later than a new request is kept (no churn per delivery). */
  let timerAt = Number.POSITIVE_INFINITY;
  const setTimer = (delay: number, keepAlive: boolean) => {
    const at = clock.now() + Math.max(0, delay);
    if (timer !== undefined && timerAt <= at) return;
    if (timer !== undefined) clock.clearTimeout(timer);
    timerAt = at;
    timer = clock.setTimeout(
      () => {
        timer = undefined;
        timerAt = Number.POSITIVE_INFINITY;
        wake();
      },
      Math.max(0, delay),
    );
    if (!keepAlive) unref(timer);
  };

  async function pump(): Promise<void> {
    pumping = true;
    try {
      if (clock.now() - refreshedAt >= REFRESH_EVERY_MS) {
        refreshedAt = clock.now();
        await settings.refreshDisabled();
      }
      do {
        again = false;
        while (!stopped && active.size < concurrency) {
          const claims = await queue.claim({ limit: concurrency - active.size, leaseMs });
          if (claims.length === 0) break;
          for (const claim of claims) track(claim);
        }
      } while (again && !stopped);
      if (stopped || active.size >= concurrency) return; // a finishing attempt wakes the loop
      const next = await queue.nextDueAt();
      if (stopped) return;
      // Pending work keeps the process alive (a memory queue would lose it on exit); idle polling does not.
      if (next === undefined) setTimer(pollIntervalMs, false);
      else setTimer(Math.min(next - clock.now(), pollIntervalMs), true);
    } catch (error) {
      log({ level: 'error', msg: 'delivery loop: queue call failed, retrying', error: describe(error) });
      if (!stopped) setTimer(pollIntervalMs, true);
    } finally {
      pumping = false;
      if (again && !stopped) wake();
    }
  }

  const track = (claim: ClaimedDelivery) => {
    const running: Promise<void> = deliver(claim)
      .catch((error) =>
        log({
          level: 'error',
          msg: 'delivery failed unexpectedly',
          deliveryId: claim.delivery.id,
          error: describe(error),
        }),
      )
      .finally(() => {
        active.delete(running);
        wake();
      });
    active.add(running);
  };

  async function deliver({ delivery, lease }: ClaimedDelivery): Promise<void> {
    const endpoint = settings.endpoints.get(delivery.endpointId);
    const ref: EndpointRef = { id: delivery.endpointId, url: endpoint?.url ?? '' };
    const kill = async (attempt: AttemptRecord | undefined, reason: string) => {
      if (await settle(() => queue.deadLetter(lease, attempt, reason), delivery.id)) {
        await emit('deadLettered', { delivery, endpoint: ref, reason, ...(attempt ? { attempt } : {}) });
      }
    };
    if (!endpoint)
      return kill(undefined, `endpoint "${delivery.endpointId}" is not configured in this sender`);
    const disabled = settings.disabled.get(endpoint.id);
    if (!endpoint.enabled || disabled) {
      return kill(
        undefined,
        `endpoint "${endpoint.id}" is disabled${disabled ? ` (${disabled.reason})` : ''}`,
      );
    }

    const attempt = await attemptDelivery(delivery, endpoint, settings.attempt);
    const attemptNumber = delivery.attemptCount + 1;
    const event: AttemptEvent = { delivery, endpoint: ref, attempt, attemptNumber };
    let settled = false;
    let deadReason: string | undefined;
    let disabledNow: EndpointDisabled | undefined;
    if (attempt.outcome === 'delivered') {
      settled = await settle(() => queue.ack(lease, attempt), delivery.id);
    } else if (attempt.outcome === 'retry') {
      const delay = delayBefore(attemptNumber, settings.policy, attempt.retryAfterMs);
      if (delay === undefined) {
        deadReason = `no attempts left after ${attemptNumber}; the last one got ${describeAttempt(attempt)}`;
      } else {
        event.nextAttemptAt = clock.now() + delay;
        settled = await settle(() => queue.nack(lease, attempt, event.nextAttemptAt as number), delivery.id);
      }
    } else if (attempt.outcome === 'gone') {
      const info = { at: clock.now(), reason: `answered 410 Gone at ${new Date(attempt.at).toISOString()}` };
      settings.disabled.set(endpoint.id, info);
      await settle(() => queue.disableEndpoint(endpoint.id, info), delivery.id);
      disabledNow = info;
      deadReason = `endpoint answered 410 Gone and was disabled`;
    } else {
      deadReason = `failed without retry: ${describeAttempt(attempt)}`;
    }
    if (deadReason !== undefined)
      settled = await settle(() => queue.deadLetter(lease, attempt, deadReason), delivery.id);
    if (settings.logAttempts) log(attemptLogEntry(event, endpoint.logUrl, clock.now()));
    const { hooks } = settings;
    if (hooks.attempt) await emit('attempt', event);
    if (attempt.outcome === 'delivered' ? hooks.delivered : hooks.failed) {
      await emit(attempt.outcome === 'delivered' ? 'delivered' : 'failed', event);
    }
    if (disabledNow) await emit('endpointDisabled', { endpoint: ref, ...disabledNow });
    if (deadReason !== undefined && settled)
      await emit('deadLettered', { delivery, endpoint: ref, reason: deadReason, attempt });
  }

  /** Runs a queue settle; a lost lease means another worker owns the delivery now (logged, not thrown). */
  async function settle(action: () => Promise<void>, deliveryId: string): Promise<boolean> {
    try {
      await action();
      return true;
    } catch (error) {
      const lost = error instanceof QueueError && error.code === 'LEASE_LOST';
      log({
        level: lost ? 'warn' : 'error',
        msg: lost
          ? 'lease lost before settling: another worker owns the delivery'
          : 'queue settle failed; the lease will expire and the delivery be retried',
        deliveryId,
        error: describe(error),
      });
      return false;
    }
  }

  async function emit<N extends keyof SenderHooks>(
    name: N,
    event: Parameters<NonNullable<SenderHooks[N]>>[0],
  ): Promise<void> {
    const hook = settings.hooks[name] as ((e: typeof event) => void | Promise<void>) | undefined;
    if (!hook) return;
    try {
      await hook(event);
    } catch (error) {
      log({ level: 'error', msg: `the ${name} hook threw`, error: describe(error) });
    }
  }

  return {
    wake,
    async stop(deadlineMs) {
      stopped = true;
      if (timer !== undefined) clock.clearTimeout(timer);
      timer = undefined;
      if (active.size === 0) return { abandoned: 0 };
      let deadline: unknown;
      const expired = new Promise<'deadline'>((resolve) => {
        deadline = clock.setTimeout(() => resolve('deadline'), deadlineMs);
      });
      const drained = Promise.allSettled([...active]).then(() => 'drained' as const);
      await Promise.race([drained, expired]);
      clock.clearTimeout(deadline);
      return { abandoned: active.size };
    },
  };
}

/** `503`, `TIMEOUT (no answer within 15000 ms)`, for reasons and logs. */
export function describeAttempt(attempt: AttemptRecord): string {
  if (attempt.status !== undefined)
    return `HTTP ${attempt.status}${attempt.location ? ` (Location: ${attempt.location})` : ''}`;
  return attempt.error ? `${attempt.error.code} (${attempt.error.message})` : attempt.outcome;
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
