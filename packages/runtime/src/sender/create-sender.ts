/**
 * `createSender`, written once for every contract: typed `send`, validation before queueing, fan-out
 * to subscribed endpoints, and the delivery loop. The platform entries (`node.ts`, `web.ts`) supply the
 * transport and the signer; generated packages bind it to their event table.
 */
import type { DataOfKey, EventKeyOf } from '../events/contract-types.js';
import type { EventTable } from '../events/event-table.js';
import type { NoHeaders } from '../events/message-headers.js';
import { createMessageId } from '../events/message-id.js';
import { createMemoryQueue } from '../queue/memory.js';
import type { DeliveryPage, DeliveryQueue, EndpointDisabled, NewMessage } from '../queue/types.js';
import type { SchemeName, SecretInput } from '../signing/core/types.js';
import { type SenderClock, systemClock } from './clock.js';
import { type Endpoint, type PreparedEndpoint, prepareEndpoints, type SignFunction } from './endpoints.js';
import { InvalidSenderOptionError, PayloadTooLargeError, SenderClosedError } from './errors.js';
import { consoleLogger, type SenderHooks, type SenderLogEntry, type SenderLogger } from './hooks.js';
import type { HeadersToSendOf, MessageHeaders } from './message-headers.js';
import { checkPolicy, DEFAULT_JITTER, DEFAULT_SCHEDULE, delayBefore, type RetryPolicy } from './schedule.js';
import type { GuardOptions, Resolver, Transport } from './transport.js';
import { createWireRequest } from './wire-request.js';
import { startWorker } from './worker.js';

export interface SenderOptions {
  /** Where webhooks go. */
  endpoints: readonly Endpoint[];
  /** Where deliveries wait; default an in-memory queue (NOT durable: see `@hookwright/runtime/queue`). Closed by `close()`. */
  queue?: DeliveryQueue;
  /** Delay before each attempt in ms; its length is the number of attempts (default {@link DEFAULT_SCHEDULE}). */
  schedule?: readonly number[];
  /** Fraction by which each delay may move either way (default 0.2). */
  jitter?: number;
  /** Per attempt, until the whole answer is read (default 15 000 ms). */
  timeoutMs?: number;
  /** Allow endpoints on loopback, private, link-local and other internal addresses (default false). */
  allowPrivateNetworks?: boolean;
  /** Refuse `http:` endpoint URLs (default false). */
  requireHttps?: boolean;
  /** Largest body `send` accepts, in bytes of JSON (default 1 MiB, the receivers' default limit). */
  maxPayloadBytes?: number;
  /** 4xx statuses to retry besides 408 and 429 (default none: other 4xx fail without retry). */
  retryStatuses?: readonly number[];
  /** Attempts in flight at once (default 32). */
  concurrency?: number;
  /** How long a claimed delivery stays leased (default `timeoutMs` + 30 s). */
  leaseMs?: number;
  /** How often an idle sender looks for work others queued (default 1000 ms). */
  pollIntervalMs?: number;
  /** How long `close()` waits for attempts in flight (default 10 000 ms). */
  closeTimeoutMs?: number;
  hooks?: SenderHooks;
  /** One entry per attempt and for internal trouble (default JSON lines on the console; `false`: none). */
  logger?: SenderLogger | false;
  /** Clock and timers (tests: a fake clock; share it with the queue). */
  clock?: SenderClock;
  /** Uniform in [0, 1) for jitter (default `Math.random`). */
  random?: () => number;
  /** Host name resolution for the SSRF guard (Node transport; default `dns.lookup`). */
  resolve?: Resolver;
}

export interface SendOptions<Headers = MessageHeaders> {
  /** A repeated `send` with the same key returns the first message's id instead of sending twice. */
  idempotencyKey?: string;
  /** When the event happened (the envelope's `timestamp`); default now. */
  timestamp?: Date | string;
  /**
   * The message's own headers, sent on every attempt: checked against the event's header schema when
   * its message describes headers (`InvalidHeadersError` before anything is queued).
   */
  headers?: Headers;
}

/**
 * The typed sender of one contract (`M` = its EventMap, `L` = its LatestVersions, `H` = its
 * EventHeadersMap when messages describe headers).
 */
export interface Sender<M extends object, L extends object, H extends object = NoHeaders> {
  /**
   * Validates `data`, wraps it in the envelope and queues one delivery per subscribed endpoint.
   * Resolves with the message id (the `webhook-id`) once the queue accepted it. A bare type means its
   * latest non-deprecated version; name one with `'type@version'`. Payload-mode contracts
   * (docs/wire-formats.md) send the bare payload with the provider's event headers instead; the
   * message id is then the delivery header's value where the scheme puts it in a header
   * (`x-github-delivery`), while Stripe-style receivers de-duplicate on the payload's own `/id`.
   */
  send<K extends EventKeyOf<M>>(
    event: K,
    data: DataOfKey<M, L, K>,
    options?: SendOptions<HeadersToSendOf<M, L, H, K>>,
  ): Promise<string>;
  /** Dead letters: list, replay (one, several or all) and purge. */
  readonly deadLetters: DeadLetters;
  /** Shared endpoint state: endpoints disabled by a 410 (or by hand). */
  readonly endpoints: EndpointControl;
  /** The queue deliveries wait in. */
  readonly queue: DeliveryQueue;
  /** Stops taking messages, waits for attempts in flight (up to `closeTimeoutMs`), closes the queue. */
  close(): Promise<void>;
}

/** A message id, a delivery id (`msg_.../ep_...`), a list of them, or `'all'`. */
export type DeadLetterTarget = string | readonly string[] | 'all';

export interface DeadLetters {
  list(options?: { limit?: number; cursor?: string; endpointId?: string }): Promise<DeliveryPage>;
  /** Back to pending, due now, with a fresh schedule; resolves with how many. */
  replay(target: DeadLetterTarget): Promise<number>;
  /** Deletes them; resolves with how many. */
  purge(target: DeadLetterTarget): Promise<number>;
}

export interface EndpointControl {
  disabled(): Promise<Record<string, EndpointDisabled>>;
  disable(endpointId: string, reason: string): Promise<void>;
  enable(endpointId: string): Promise<void>;
}

/** What a platform entry supplies. */
export interface Platform {
  transport(guard: GuardOptions, options: SenderOptions, clock: SenderClock): Transport;
  signer(secret: SecretInput, scheme?: SchemeName): SignFunction;
}

const MiB = 1024 * 1024;

/** See the platform entries (`@hookwright/runtime/sender`) for documentation and examples. */
export function createSenderWith<M extends object, L extends object, H extends object = NoHeaders>(
  table: EventTable,
  options: SenderOptions,
  platform: Platform,
): Sender<M, L, H> {
  if (options === null || typeof options !== 'object') {
    throw new InvalidSenderOptionError(
      'options',
      'createSender needs options: { endpoints: [{ id, url, secret }] }',
    );
  }
  const clock = options.clock ?? systemClock;
  const guard: GuardOptions = {
    allowPrivateNetworks: options.allowPrivateNetworks === true,
    requireHttps: options.requireHttps === true,
  };
  const policy: RetryPolicy = {
    schedule: options.schedule ?? DEFAULT_SCHEDULE,
    jitter: options.jitter ?? DEFAULT_JITTER,
    random: options.random ?? Math.random,
  };
  checkPolicy(policy.schedule, policy.jitter);
  const timeoutMs = positive('timeoutMs', options.timeoutMs, 15_000);
  const maxPayloadBytes = positive('maxPayloadBytes', options.maxPayloadBytes, MiB);
  const concurrency = positive('concurrency', options.concurrency, 32);
  const leaseMs = positive('leaseMs', options.leaseMs, timeoutMs + 30_000);
  const pollIntervalMs = positive('pollIntervalMs', options.pollIntervalMs, 1000);
  const closeTimeoutMs = positive('closeTimeoutMs', options.closeTimeoutMs, 10_000);
  // Every endpoint signs with the contract's scheme (payload-mode contracts name GitHub's or Stripe's).
  const scheme = table.wire?.signature;
  const endpoints = prepareEndpoints(options.endpoints, table, guard, (secret) =>
    platform.signer(secret, scheme),
  );
  const queue = options.queue ?? createMemoryQueue({ now: () => clock.now() });
  const logger = options.logger === false ? undefined : (options.logger ?? consoleLogger);
  const log = (entry: Omit<SenderLogEntry, 'time'>) => {
    try {
      logger?.({ ...entry, time: clock.now() } as SenderLogEntry);
    } catch {
      // A logger that throws must not stop deliveries.
    }
  };
  const transport = platform.transport(guard, options, clock);
  const disabled = new Map<string, EndpointDisabled>();
  const refreshDisabled = async () => {
    const current = await queue.disabledEndpoints();
    disabled.clear();
    for (const [id, info] of Object.entries(current)) disabled.set(id, info);
  };
  const worker = startWorker({
    queue,
    endpoints,
    disabled,
    policy,
    attempt: { transport, clock, timeoutMs, retryStatuses: new Set(options.retryStatuses ?? []) },
    clock,
    concurrency,
    leaseMs,
    pollIntervalMs,
    hooks: options.hooks ?? {},
    log,
    logAttempts: logger !== undefined,
    refreshDisabled,
  });
  // Pending deliveries from an earlier run of a durable queue start without waiting for a send.
  let isReady = false;
  const ready = refreshDisabled().then(
    () => {
      isReady = true;
      worker.wake();
    },
    (error: unknown) =>
      log({ level: 'error', msg: 'could not read endpoint state from the queue', error: String(error) }),
  );

  const subscribers = new Map<string, PreparedEndpoint[]>();
  const fanOut = (type: string, eventId: string): string[] => {
    let list = subscribers.get(eventId);
    if (!list) {
      list = [...endpoints.values()].filter((e) => e.enabled && e.subscribes(type, eventId));
      subscribers.set(eventId, list);
    }
    return list.filter((e) => !disabled.has(e.id)).map((e) => e.id);
  };
  const selector = (target: DeadLetterTarget) =>
    target === 'all'
      ? ({ all: true } as const)
      : { ids: typeof target === 'string' ? [target] : [...target] };
  let closed = false;
  let closing: Promise<void> | undefined;

  return {
    queue,
    async send(event, data, sendOptions = {}) {
      if (closed) throw new SenderClosedError();
      const now = clock.now();
      const messageId = createMessageId();
      // The body (and, in payload mode, the headers naming the event and the delivery) as the
      // contract's wire format lays them out; signatures are made per attempt.
      const request = createWireRequest(table, event, data, messageId, {
        timestamp: sendOptions.timestamp ?? new Date(now),
        headers: sendOptions.headers as MessageHeaders | undefined,
      });
      const { body, headers } = request;
      const eventId = `${request.envelope.type}@${request.envelope.version}`;
      // Most bodies are far below the limit: count UTF-8 bytes only when the length alone cannot decide.
      if (body.length * 3 > maxPayloadBytes) {
        const bytes = new TextEncoder().encode(body).length;
        if (bytes > maxPayloadBytes) throw new PayloadTooLargeError(eventId, bytes, maxPayloadBytes);
      }
      if (!isReady) await ready;
      const message: NewMessage = {
        messageId,
        eventId,
        body,
        createdAt: now,
        firstAttemptAt: now + (delayBefore(0, policy) ?? 0),
        endpointIds: fanOut(request.envelope.type, eventId),
      };
      if (Object.keys(headers).length > 0) message.headers = headers;
      if (sendOptions.idempotencyKey !== undefined) message.idempotencyKey = sendOptions.idempotencyKey;
      const queued = await queue.enqueue(message);
      worker.wake();
      return queued.messageId;
    },
    deadLetters: {
      list: (listOptions = {}) => queue.list({ ...listOptions, state: 'dead' }),
      async replay(target) {
        const count = await queue.replay(selector(target));
        worker.wake();
        return count;
      },
      purge: (target) => queue.purge(selector(target)),
    },
    endpoints: {
      disabled: () => queue.disabledEndpoints(),
      async disable(endpointId, reason) {
        const info = { at: clock.now(), reason };
        await queue.disableEndpoint(endpointId, info);
        disabled.set(endpointId, info);
      },
      async enable(endpointId) {
        await queue.enableEndpoint(endpointId);
        disabled.delete(endpointId);
      },
    },
    close() {
      closed = true;
      closing ??= (async () => {
        await ready;
        const { abandoned } = await worker.stop(closeTimeoutMs);
        if (abandoned > 0)
          log({
            level: 'warn',
            msg: 'closed with attempts still in flight; their leases will expire',
            abandoned,
          });
        if (!queue.durable) {
          const { pending } = await queue.stats();
          if (pending > 0)
            log({ level: 'warn', msg: 'closing a memory queue drops its pending deliveries', pending });
        }
        transport.close();
        await queue.close();
      })();
      return closing;
    },
  };
}

function positive(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!(Number.isFinite(value) && value > 0))
    throw new InvalidSenderOptionError(name, `${name} must be a positive number, got ${value}`);
  return value;
}
