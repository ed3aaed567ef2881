import { DueHeap, type HeapItem } from './due-heap.js';
import { InvalidQueueInputError, LeaseLostError, QueueClosedError } from './errors.js';
import {
  checkNewMessage,
  copyAttempt,
  copyHeaders,
  deliveryIdOf,
  idempotencyWindowOf,
  queueClockOf,
  selectorMatcher,
} from './records.js';
import type {
  AttemptRecord,
  ClaimedDelivery,
  ClaimOptions,
  Clock,
  DeadLetterSelector,
  DeliveryPage,
  DeliveryQueue,
  DeliveryRecord,
  EndpointDisabled,
  EnqueueResult,
  Lease,
  ListOptions,
  NewMessage,
  QueueStats,
} from './types.js';

export interface MemoryQueueOptions {
  /** The clock; must be the sender's (default `Date.now`). */
  now?: Clock;
  /** How long an idempotency key is remembered, in milliseconds (default 24 hours). */
  idempotencyWindowMs?: number;
}

/** One delivery as the memory queue holds it: fixed fields (no `delete`), turned into a record on the way out. */
class Stored implements HeapItem {
  due: number;
  heapIndex = -1;
  state: 'pending' | 'dead' = 'pending';
  attemptCount = 0;
  attempts: AttemptRecord[] = [];
  replays = 0;
  leaseToken: string | undefined = undefined;
  leaseExpiresAt: number | undefined = undefined;
  deadAt: number | undefined = undefined;
  deadReason: string | undefined = undefined;
  /** Position in the dead letters (dead-lettering order), for listing. */
  deadSeq = 0;

  constructor(
    readonly id: string,
    readonly message: NewMessage,
    readonly endpointId: string,
    readonly seq: number,
    public nextAttemptAt: number,
  ) {
    this.due = nextAttemptAt;
  }

  toRecord(): DeliveryRecord {
    const record: DeliveryRecord = {
      id: this.id,
      messageId: this.message.messageId,
      endpointId: this.endpointId,
      eventId: this.message.eventId,
      body: this.message.body,
      createdAt: this.message.createdAt,
      state: this.state,
      nextAttemptAt: this.nextAttemptAt,
      attemptCount: this.attemptCount,
      attempts: this.attempts.map(copyAttempt),
      replays: this.replays,
    };
    const headers = copyHeaders(this.message.headers);
    if (headers !== undefined) record.headers = headers;
    if (this.leaseExpiresAt !== undefined) record.leaseExpiresAt = this.leaseExpiresAt;
    if (this.deadAt !== undefined) record.deadAt = this.deadAt;
    if (this.deadReason !== undefined) record.deadReason = this.deadReason;
    return record;
  }
}

/**
 * A `DeliveryQueue` in this process's memory: the sender's default. **Not durable**: when the process
 * exits, every pending delivery and dead letter is gone, and so are idempotency keys and disabled
 * endpoints. Use `@hookwright/queue-sqlite` (one machine) or `@hookwright/queue-bullmq` (many) when
 * webhooks must survive a restart.
 *
 * Claims are O(log n) per delivery (a heap ordered by due time); acknowledged deliveries leave nothing
 * behind, so memory stays flat however many messages pass through. Idempotency keys are kept for
 * `idempotencyWindowMs`.
 *
 * @example
 * import { createMemoryQueue } from '@hookwright/runtime/queue';
 * const sender = createSender({ endpoints, queue: createMemoryQueue() });
 */
export function createMemoryQueue(options: MemoryQueueOptions = {}): DeliveryQueue {
  const now = queueClockOf(options.now);
  const windowMs = idempotencyWindowOf(options.idempotencyWindowMs);

  const deliveries = new Map<string, Stored>();
  const heap = new DueHeap<Stored>();
  /** Dead deliveries in dead-lettering order. */
  const dead = new Map<string, Stored>();
  /** Idempotency key -> first message; insertion order is expiry order (one window for all keys). */
  const keys = new Map<string, { messageId: string; expiresAt: number }>();
  const disabled = new Map<string, EndpointDisabled>();
  const tokenPrefix = `${crypto.randomUUID().slice(0, 8)}.`;
  let seq = 0;
  let deadSeq = 0;
  let tokens = 0;
  let closed = false;

  const open = () => {
    if (closed) throw new QueueClosedError();
  };

  /** The delivery a current lease holds; a lease another claim has replaced is lost. */
  const held = (lease: Lease): Stored => {
    open();
    const stored = deliveries.get(lease?.deliveryId);
    if (stored?.state !== 'pending' || stored.leaseToken === undefined || stored.leaseToken !== lease.token) {
      throw new LeaseLostError(String(lease?.deliveryId));
    }
    return stored;
  };

  const endLease = (stored: Stored) => {
    stored.leaseToken = undefined;
    stored.leaseExpiresAt = undefined;
  };

  const forgetExpiredKeys = (at: number) => {
    for (const [key, entry] of keys) {
      if (entry.expiresAt > at) break;
      keys.delete(key);
    }
  };

  const deadMatching = (selector: DeadLetterSelector): Stored[] => {
    const matches = selectorMatcher(selector);
    return [...dead.values()].filter((stored) =>
      matches({ id: stored.id, messageId: stored.message.messageId }),
    );
  };

  return {
    durable: false,

    async enqueue(message: NewMessage): Promise<EnqueueResult> {
      open();
      checkNewMessage(message);
      const at = now();
      forgetExpiredKeys(at);
      const { idempotencyKey } = message;
      if (idempotencyKey !== undefined) {
        const first = keys.get(idempotencyKey);
        if (first) return { messageId: first.messageId, duplicate: true };
      }
      const ids = message.endpointIds.map((endpointId) => deliveryIdOf(message.messageId, endpointId));
      const taken = ids.find((id) => deliveries.has(id));
      if (taken !== undefined) {
        throw new InvalidQueueInputError(
          'messageId',
          `delivery "${taken}" is already queued: use a new message id per send`,
        );
      }
      // The queue keeps its own copy of the message; strings are immutable, the endpoint list and headers are not.
      const kept: NewMessage = { ...message, endpointIds: [...message.endpointIds] };
      const headers = copyHeaders(message.headers);
      if (headers === undefined) delete kept.headers;
      else kept.headers = headers;
      ids.forEach((id, index) => {
        const stored = new Stored(id, kept, kept.endpointIds[index] as string, seq++, message.firstAttemptAt);
        deliveries.set(id, stored);
        heap.push(stored);
      });
      if (idempotencyKey !== undefined)
        keys.set(idempotencyKey, { messageId: message.messageId, expiresAt: at + windowMs });
      return { messageId: message.messageId, duplicate: false };
    },

    async claim({ limit, leaseMs }: ClaimOptions): Promise<ClaimedDelivery[]> {
      open();
      if (!(limit >= 1)) throw new InvalidQueueInputError('limit', `limit must be >= 1, got ${limit}`);
      if (!(leaseMs > 0)) throw new InvalidQueueInputError('leaseMs', `leaseMs must be > 0, got ${leaseMs}`);
      const at = now();
      const claimed: ClaimedDelivery[] = [];
      // A leased delivery sits in the heap at its lease expiry, so an expired lease is simply due again.
      for (let top = heap.peek(); top && top.due <= at && claimed.length < limit; top = heap.peek()) {
        const expiresAt = at + leaseMs;
        top.leaseToken = `${tokenPrefix}${++tokens}`;
        top.leaseExpiresAt = expiresAt;
        heap.reschedule(top, expiresAt);
        claimed.push({
          delivery: top.toRecord(),
          lease: { deliveryId: top.id, token: top.leaseToken, expiresAt },
        });
      }
      return claimed;
    },

    async ack(lease: Lease): Promise<void> {
      const stored = held(lease);
      heap.remove(stored);
      deliveries.delete(stored.id);
    },

    async nack(lease: Lease, attempt: AttemptRecord, nextAttemptAt: number): Promise<void> {
      const stored = held(lease);
      if (!Number.isFinite(nextAttemptAt))
        throw new InvalidQueueInputError(
          'nextAttemptAt',
          `nextAttemptAt must be milliseconds since the epoch, got ${nextAttemptAt}`,
        );
      stored.attempts.push(copyAttempt(attempt));
      stored.attemptCount++;
      stored.nextAttemptAt = nextAttemptAt;
      endLease(stored);
      heap.reschedule(stored, nextAttemptAt);
    },

    async deadLetter(lease: Lease, attempt: AttemptRecord | undefined, reason: string): Promise<void> {
      const stored = held(lease);
      if (attempt) {
        stored.attempts.push(copyAttempt(attempt));
        stored.attemptCount++;
      }
      endLease(stored);
      heap.remove(stored);
      stored.state = 'dead';
      stored.deadAt = now();
      stored.deadReason = String(reason);
      stored.deadSeq = deadSeq++;
      dead.set(stored.id, stored);
    },

    async release(lease: Lease): Promise<void> {
      const stored = held(lease);
      endLease(stored);
      heap.reschedule(stored, stored.nextAttemptAt);
    },

    async replay(selector: DeadLetterSelector): Promise<number> {
      open();
      const at = now();
      const picked = deadMatching(selector);
      for (const stored of picked) {
        dead.delete(stored.id);
        stored.state = 'pending';
        stored.attemptCount = 0;
        stored.replays++;
        stored.deadAt = undefined;
        stored.deadReason = undefined;
        stored.nextAttemptAt = at;
        heap.reschedule(stored, at);
      }
      return picked.length;
    },

    async purge(selector: DeadLetterSelector): Promise<number> {
      open();
      const picked = deadMatching(selector);
      for (const stored of picked) {
        dead.delete(stored.id);
        deliveries.delete(stored.id);
      }
      return picked.length;
    },

    async get(deliveryId: string): Promise<DeliveryRecord | undefined> {
      open();
      return deliveries.get(deliveryId)?.toRecord();
    },

    async list({ state, limit = 100, cursor, endpointId }: ListOptions): Promise<DeliveryPage> {
      open();
      if (state !== 'pending' && state !== 'dead')
        throw new InvalidQueueInputError('state', `state must be 'pending' or 'dead', got ${String(state)}`);
      if (!(limit >= 1)) throw new InvalidQueueInputError('limit', `limit must be >= 1, got ${limit}`);
      // Cursor: the sort key of the last item returned, so a page never repeats or skips an item that stayed put.
      const after = cursor === undefined ? undefined : (JSON.parse(cursor) as [number, number]);
      const key = (stored: Stored): [number, number] =>
        state === 'dead' ? [stored.deadSeq, 0] : [stored.nextAttemptAt, stored.seq];
      const afterCursor = (stored: Stored) => {
        if (!after) return true;
        const [a, b] = key(stored);
        return a > after[0] || (a === after[0] && b > after[1]);
      };
      const source =
        state === 'dead' ? [...dead.values()] : [...deliveries.values()].filter((s) => s.state === 'pending');
      const sorted = source
        .filter(
          (stored) => (endpointId === undefined || stored.endpointId === endpointId) && afterCursor(stored),
        )
        .sort((x, y) => {
          const [a1, b1] = key(x);
          const [a2, b2] = key(y);
          return a1 - a2 || b1 - b2;
        });
      const page = sorted.slice(0, limit);
      const last = page[page.length - 1];
      const result: DeliveryPage = { items: page.map((stored) => stored.toRecord()) };
      if (sorted.length > limit && last) result.next = JSON.stringify(key(last));
      return result;
    },

    async nextDueAt(): Promise<number | undefined> {
      open();
      return heap.peek()?.due;
    },

    async stats(): Promise<QueueStats> {
      open();
      const at = now();
      let leased = 0;
      for (const stored of deliveries.values()) {
        if (stored.leaseExpiresAt !== undefined && stored.leaseExpiresAt > at) leased++;
      }
      return { pending: deliveries.size - dead.size, leased, dead: dead.size };
    },

    async disableEndpoint(endpointId: string, info: EndpointDisabled): Promise<void> {
      open();
      disabled.set(endpointId, { at: info.at, reason: info.reason });
    },

    async enableEndpoint(endpointId: string): Promise<void> {
      open();
      disabled.delete(endpointId);
    },

    async disabledEndpoints(): Promise<Record<string, EndpointDisabled>> {
      open();
      return Object.fromEntries([...disabled].map(([id, info]) => [id, { ...info }]));
    },

    async close(): Promise<void> {
      closed = true;
    },
  };
}
