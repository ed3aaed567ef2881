/**
 * The contract between the sender and whatever stores its deliveries: the in-memory queue here,
 * `@hookwright/queue-sqlite`, `@hookwright/queue-bullmq`. Every queue passes the conformance suite
 * (`@hookwright/runtime/queue/conformance`).
 *
 * Model. `send()` turns one event into one **message** (one `webhook-id`, one body) and the message
 * into one **delivery** per subscribed endpoint. The queue stores deliveries. A delivery is pending
 * (waiting for `nextAttemptAt`, or leased to a worker) or dead (dead-lettered, kept until replayed or
 * purged). Delivered deliveries leave the queue (`ack`); a queue may keep them for audit, but nothing
 * reads them back through this interface.
 *
 * Leases. A worker `claim`s due deliveries with a lease. While the lease runs, no other claim returns
 * that delivery. The worker then settles it with exactly one of `ack` (delivered), `nack` (retry at a
 * later time), `deadLetter` (give up) or `release` (not attempted; back as it was). If the worker dies,
 * the lease expires and the delivery is claimed again: delivery is at least once, never lost. A settle
 * with a lease that another claim has since replaced throws `LeaseLostError`; a settle with an expired
 * lease nobody has replaced is still accepted. Choose the lease longer than one attempt can take (the
 * sender uses its attempt timeout plus a margin).
 *
 * Time. Every time is milliseconds since the Unix epoch from the queue's clock (its `now` option),
 * which must be the sender's clock: the sender computes `nextAttemptAt` and the queue compares it with
 * its own `now()`. Tests inject one fake clock into both.
 *
 * Durability. `durable: true` promises that once `enqueue` (or any settle) resolves, the change
 * survives the process being killed. The memory queue is `durable: false`: a process exit loses every
 * pending delivery and dead letter.
 *
 * Records are plain JSON (strings, numbers, booleans, arrays, plain objects; no `undefined` values,
 * no `Date`s), so a queue can store them as they are. Queues hand out copies: changing a returned
 * record never changes the stored one.
 */

/** A clock in milliseconds since the Unix epoch (`Date.now` by default). */
export type Clock = () => number;

/** One event to store, fanned out to `endpointIds` (one delivery each). */
export interface NewMessage {
  /** The `webhook-id`: unique per message, the same on every attempt to every endpoint. */
  messageId: string;
  /** `type@version`, e.g. `order.created@2`. */
  eventId: string;
  /** The exact JSON body to POST on every attempt (signatures change per attempt, the body never). */
  body: string;
  /**
   * Request headers that belong to the message and go out on every attempt (lower-case names), e.g. a
   * payload-mode contract's `x-github-event` and `x-github-delivery`. Absent for Standard Webhooks
   * envelopes, whose event travels in the body. Signature headers are never stored: they are made
   * per attempt.
   */
  headers?: Readonly<Record<string, string>>;
  /** When `send` accepted the message. */
  createdAt: number;
  /** One delivery per endpoint, in this order; an empty list stores nothing (but records the key). */
  endpointIds: readonly string[];
  /** When the first attempt is due (usually `createdAt`). */
  firstAttemptAt: number;
  /**
   * A caller's key for this send: while the queue remembers it (its idempotency window), another
   * `enqueue` with the same key stores nothing and answers the first message's id.
   */
  idempotencyKey?: string;
}

/** What `enqueue` answers. */
export interface EnqueueResult {
  /** The id the caller should report: the new message's, or the first one's for a repeated key. */
  messageId: string;
  /** True when an earlier message with the same idempotency key was found and nothing was stored. */
  duplicate: boolean;
}

/** How one attempt ended, from the sender's reading of the answer. */
export type AttemptOutcome =
  /** 2xx. */
  | 'delivered'
  /** Network error, timeout, 408, 429, 5xx, 3xx: tried again later (or dead-lettered after the last). */
  | 'retry'
  /** Another 4xx (or refused before sending, e.g. by the SSRF guard): not retried. */
  | 'failed'
  /** 410: the endpoint asked to be removed; it is disabled. */
  | 'gone';

/** One attempt, as kept in a delivery's history (and printed by `hookwright deliveries show`). */
export interface AttemptRecord {
  /** When the request started. */
  at: number;
  /** Until the answer was read, the error happened or the timeout fired. */
  durationMs: number;
  outcome: AttemptOutcome;
  /** The HTTP status, when an answer arrived. */
  status?: number;
  /** Why no usable answer arrived: `{ code: 'TIMEOUT' | 'ECONNRESET' | 'SSRF_REFUSED' | ..., message }`. */
  error?: { code: string; message: string };
  /** The first 1 KiB of the response body (as text), when there was one. */
  responseBody?: string;
  /** The `Location` header of a 3xx answer (redirects are never followed). */
  location?: string;
  /** The delay a `Retry-After` header asked for, in milliseconds, before clamping. */
  retryAfterMs?: number;
}

/** A delivery: one message to one endpoint. */
export interface DeliveryRecord {
  /** `${messageId}/${endpointId}`: unique, because message ids never contain `/`. */
  id: string;
  messageId: string;
  endpointId: string;
  eventId: string;
  body: string;
  /** The message's own request headers ({@link NewMessage.headers}); absent when it has none. */
  headers?: Record<string, string>;
  createdAt: number;
  state: 'pending' | 'dead';
  /** When the next attempt is due (pending); for a dead delivery, when its last attempt was due. */
  nextAttemptAt: number;
  /**
   * Attempts since the delivery was created or last replayed: the position in the retry schedule. A
   * replay sets it back to 0 and keeps `attempts`.
   */
  attemptCount: number;
  /** Every attempt ever made, oldest first (across replays). */
  attempts: AttemptRecord[];
  /** How often the delivery was replayed from the dead letters. */
  replays: number;
  /** Set while a lease is held (it may have expired: a claim ignores expired leases). */
  leaseExpiresAt?: number;
  /** Dead only: when and why it was dead-lettered. */
  deadAt?: number;
  deadReason?: string;
}

/** A claimed delivery and the proof of the claim. */
export interface ClaimedDelivery {
  delivery: DeliveryRecord;
  lease: Lease;
}

/** Proof of a claim, handed back to settle it. Plain JSON, so a worker may pass it across processes. */
export interface Lease {
  deliveryId: string;
  /** Unique per claim: a later claim of the same delivery gets another token. */
  token: string;
  expiresAt: number;
}

export interface ClaimOptions {
  /** At most this many deliveries (>= 1). */
  limit: number;
  /** How long the lease runs, from the queue's `now()`. */
  leaseMs: number;
}

/** Which deliveries `replay` and `purge` act on. */
export type DeadLetterSelector =
  /** Dead deliveries with these delivery ids, or every dead delivery of these message ids. */
  | { ids: readonly string[] }
  /** Every dead delivery. */
  | { all: true };

export interface ListOptions {
  state: 'pending' | 'dead';
  /** At most this many (default 100). */
  limit?: number;
  /** The `next` cursor of the previous page. */
  cursor?: string;
  /** Only this endpoint's deliveries. */
  endpointId?: string;
}

/** One page of a listing: pending in due order, dead in dead-lettering order. */
export interface DeliveryPage {
  items: DeliveryRecord[];
  /** Pass as `cursor` for the next page; absent on the last page. */
  next?: string;
}

/** Why an endpoint is disabled (a 410 answer, or by hand). */
export interface EndpointDisabled {
  at: number;
  reason: string;
}

/** Counts of what the queue holds; `leased` is included in `pending`. */
export interface QueueStats {
  pending: number;
  leased: number;
  dead: number;
}

/**
 * Storage for deliveries, shared by every worker that opens the same store.
 *
 * Ordering: `claim` returns due deliveries in order of `nextAttemptAt`, ties in enqueue order. Several
 * workers claiming at once each get different deliveries, in no promised order between them.
 */
export interface DeliveryQueue {
  /** Whether an accepted change survives the process being killed (see the module comment). */
  readonly durable: boolean;

  /** Stores one delivery per endpoint, all or none; resolves once stored (durably, if `durable`). */
  enqueue(message: NewMessage): Promise<EnqueueResult>;

  /** Leases up to `limit` pending deliveries whose `nextAttemptAt <= now()` and hold no live lease. */
  claim(options: ClaimOptions): Promise<ClaimedDelivery[]>;

  /** Delivered: the delivery leaves the queue. `attempt` is the successful attempt (for an audit log). */
  ack(lease: Lease, attempt: AttemptRecord): Promise<void>;

  /** Not delivered yet: records `attempt`, counts it, and makes the delivery due at `nextAttemptAt`. */
  nack(lease: Lease, attempt: AttemptRecord, nextAttemptAt: number): Promise<void>;

  /**
   * Given up: records `attempt` (when one was made; not, e.g., for a disabled endpoint), and moves the
   * delivery to the dead letters with `reason`.
   */
  deadLetter(lease: Lease, attempt: AttemptRecord | undefined, reason: string): Promise<void>;

  /** Not attempted (e.g. the sender is closing): the lease ends, nothing else changes. */
  release(lease: Lease): Promise<void>;

  /** Dead deliveries back to pending, due now, `attemptCount` 0; answers how many. */
  replay(selector: DeadLetterSelector): Promise<number>;

  /** Deletes dead deliveries; answers how many. */
  purge(selector: DeadLetterSelector): Promise<number>;

  /** One delivery by id, or undefined. */
  get(deliveryId: string): Promise<DeliveryRecord | undefined>;

  /** Pending or dead deliveries, a page at a time. */
  list(options: ListOptions): Promise<DeliveryPage>;

  /** The earliest time a claim could return something: the first due time or lease expiry; undefined when empty. */
  nextDueAt(): Promise<number | undefined>;

  stats(): Promise<QueueStats>;

  /** Shared endpoint state: a disabled endpoint gets no attempts until enabled again. */
  disableEndpoint(endpointId: string, info: EndpointDisabled): Promise<void>;
  enableEndpoint(endpointId: string): Promise<void>;
  disabledEndpoints(): Promise<Record<string, EndpointDisabled>>;

  /** Releases the queue's resources (files, connections). Other calls reject with `QueueClosedError` afterwards. */
  close(): Promise<void>;
}
