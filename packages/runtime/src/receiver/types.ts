/** Public types of `@hookwright/runtime/receiver`, generic over a contract's generated `EventMap`. */

import type { FastifyPlugin } from '../adapters/fastify.js';
import type { NodeHandler } from '../adapters/node.js';
import type { AnyEnvelopeOf, EventKeyOf, ReceivedEnvelopeOfKey } from '../events/contract-types.js';
import type { Envelope } from '../events/envelope.js';
import type { NoHeaders } from '../events/message-headers.js';
import type { WebhookHeaders } from '../signing/core/headers.js';
import type { SchemeName, SecretInput } from '../signing/core/types.js';
import type { ReceiverError } from './errors.js';
import type { IdempotencyStore } from './idempotency/store.js';
import type { ReceiverResponse } from './pipeline.js';
import type { BodySource } from './read-body.js';

export type { NoHeaders };

/** Read access to the request's headers, case-insensitive. */
export interface ReceivedHeaders {
  get(name: string): string | undefined;
}

/** What every handler gets besides the envelope. */
export interface DeliveryInfo {
  /** `webhook-id`: the same for every retry of one message ('' when the scheme carries none). */
  id: string;
  headers: ReceivedHeaders;
}

/**
 * `event.headers` of one `"type@version"`: `get(name)` always, plus the headers its message describes
 * (from `H`, the generated `EventHeadersMap`) as properties spelled as the schema spells them.
 */
export type HeadersOfId<H extends object, Id extends string> = Id extends keyof H
  ? ReceivedHeaders & H[Id]
  : ReceivedHeaders;

/** Adds {@link DeliveryInfo} to each member of an envelope union, headers typed from `H`. */
export type Delivered<E, H extends object = NoHeaders> =
  E extends Envelope<infer T, infer V> ? E & { id: string; headers: HeadersOfId<H, `${T}@${V}`> } : never;

/** What `on(key, handler)` hands its handler: one version, or every version of a bare type. */
export type ReceivedEventOf<M extends object, K extends string, H extends object = NoHeaders> = Delivered<
  ReceivedEnvelopeOfKey<M, K>,
  H
>;

/** Any event of the contract, as `onAny` handlers and `constructEvent` get it. */
export type AnyReceivedEventOf<M extends object, H extends object = NoHeaders> = Delivered<
  AnyEnvelopeOf<M>,
  H
>;

/** An event the contract does not know (a newer sender), as `onUnknown` gets it. */
export interface UnknownEvent extends DeliveryInfo {
  type: string;
  version: number;
  timestamp: string;
  data: unknown;
}

/** A handler may be synchronous or return a promise; a throw or rejection answers 500. */
export type Handler<E> = (event: E) => void | Promise<void>;

/** Idempotency settings; `false` turns de-duplication off. */
export interface IdempotencyOptions {
  /** Default: {@link createMemoryIdempotencyStore}, one per receiver. */
  store?: IdempotencyStore;
  /** How long a processed `webhook-id` is remembered. Default 24 h; must exceed `toleranceSeconds`. */
  ttlSeconds?: number;
  /** How long a claim holds while its handler runs before another copy may run it. Default 300 s. */
  leaseSeconds?: number;
  /** `Retry-After` sent with 429 to a copy that arrives while the first still runs. Default 5. */
  retryAfterSeconds?: number;
}

/** Options of `createReceiver`. */
export interface ReceiverOptions {
  /** Secret(s) to accept (`whsec_...`, or `whpk_...` for ed25519); several during a rotation. */
  secret: SecretInput;
  /** Signature scheme; default `standard` (Standard Webhooks). */
  scheme?: SchemeName;
  /** Allowed clock distance of `webhook-timestamp`, both directions; default 300. */
  toleranceSeconds?: number;
  /** Largest body read; default 1 MiB. Larger bodies get 413 and are not buffered. */
  maxBodyBytes?: number;
  /** Time allowed for the whole body to arrive; default 10,000 ms, then 408. */
  bodyTimeoutMs?: number;
  /** De-duplication by `webhook-id`; default an in-memory store. Pass a store, settings, or `false`. */
  idempotency?: IdempotencyStore | IdempotencyOptions | false;
  /**
   * Events the contract does not know: `'ignore'` (default) answers 204, `'reject'` answers 400,
   * a function is run like a handler and then 204.
   */
  onUnknown?: 'ignore' | 'reject' | Handler<UnknownEvent>;
  /** `'message'` (default) sends code and message in error bodies; `'code'` sends a generic message. */
  errorDetail?: 'message' | 'code';
  /** Clock in milliseconds, like `Date.now`; inject it in tests. */
  now?: () => number;
}

/** A request in plain terms, for servers without an adapter. */
export interface ReceiverRequest {
  method: string;
  headers: WebhookHeaders;
  body: BodySource;
}

/** Called with every error answer (4xx/5xx); useful for logs. Its own errors are swallowed. */
export type ErrorHook = (error: ReceiverError) => void | Promise<void>;

/** A typed receiver bound to one contract (`M` its `EventMap`, `H` its `EventHeadersMap` if it has one). */
export interface Receiver<M extends object, H extends object = NoHeaders> {
  /**
   * Handles `'type@version'`, or every version of `'type'` (narrow on `event.version`).
   *
   * @example
   * receiver.on('order.created@2', async (event) => saveOrder(event.data));
   */
  on<K extends EventKeyOf<M>>(key: K, handler: Handler<ReceivedEventOf<M, K, H>>): Receiver<M, H>;
  /** Handles every known event, after the handlers registered with `on`. */
  onAny(handler: Handler<AnyReceivedEventOf<M, H>>): Receiver<M, H>;
  /** Observes every error answer. */
  onError(hook: ErrorHook): Receiver<M, H>;
  /** Runs the pipeline on a plain request. */
  handle(request: ReceiverRequest): Promise<ReceiverResponse>;
  /** Fetch API handler (Workers, Deno, Bun, Next.js, Hono via `c.req.raw`); bound, pass it around. */
  fetch: (request: Request) => Promise<Response>;
  /** `node:http` handler and Express/Connect middleware; bound. */
  node: NodeHandler;
  /** Fastify plugin: `app.register(receiver.fastify, { path: '/webhooks' })`. */
  fastify: FastifyPlugin;
}
