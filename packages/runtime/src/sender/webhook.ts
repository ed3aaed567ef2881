/**
 * The one-request helpers of a generated sender package, written once: `createEnvelope` (validate and
 * wrap), `createWebhook` (also sign) and `createWebhookSigner` (reusable signer). Bound to a contract
 * by `bindWebhooks<EventMap, LatestVersions>(events)` in the generated package.
 */
import type { DataOfKey, EventKeyOf, SentEnvelopeOfKey } from '../events/contract-types.js';
import { createEnvelope, type EnvelopeOptions } from '../events/envelope.js';
import type { EventTable } from '../events/event-table.js';
import type { NoHeaders } from '../events/message-headers.js';
import { createMessageId } from '../events/message-id.js';
import type { SchemeName, SecretInput } from '../signing/core/types.js';
import type { SignFunction } from './endpoints.js';
import type { HeadersToSendOf, MessageHeaders } from './message-headers.js';
import { createWireRequest } from './wire-request.js';

export interface WebhookOptions<Headers = MessageHeaders> extends EnvelopeOptions {
  /** `whsec_...` (or `whsk_...` for ed25519); several, space-separated or as an array, during key rotation. */
  secret: SecretInput;
  /** `webhook-id`; default a new random id. Reuse it when retrying the same message. */
  id?: string;
  /** The message's own headers: checked against the event's header schema when its message has one. */
  headers?: Headers;
}

/** A signed request, ready to POST. */
export interface SignedWebhook<E> {
  id: string;
  envelope: E;
  /** The exact body that was signed: send it as it is. */
  body: string;
  /** `content-type`, the signature headers and, in payload mode, the headers naming the event. */
  headers: Record<string, string>;
}

/** A signer bound to its secrets (parsed once). */
export interface WebhookSigner<M extends object, L extends object, H extends object = NoHeaders> {
  create<K extends EventKeyOf<M>>(
    event: K,
    data: DataOfKey<M, L, K>,
    options?: Omit<WebhookOptions<HeadersToSendOf<M, L, H, K>>, 'secret'>,
  ): Promise<SignedWebhook<SentEnvelopeOfKey<M, L, K>>>;
}

/** The helpers, typed for one contract (`H`: its EventHeadersMap when messages describe headers). */
export interface Webhooks<M extends object, L extends object, H extends object = NoHeaders> {
  /**
   * Validates `data` for an event and wraps it in the envelope. `'order.created'` means the latest
   * version; name one with `'order.created@1'`. Throws `InvalidPayloadError` (with `issues`).
   *
   * @example
   * const envelope = createEnvelope('order.created', data);
   */
  createEnvelope<K extends EventKeyOf<M>>(
    event: K,
    data: DataOfKey<M, L, K>,
    options?: EnvelopeOptions,
  ): SentEnvelopeOfKey<M, L, K>;
  /**
   * Creates, validates and signs one webhook request (no delivery: see `createSender` for that).
   *
   * @example
   * const { headers, body } = await createWebhook('order.created', data, { secret: process.env.WEBHOOK_SECRET! });
   * await fetch(url, { method: 'POST', headers, body });
   */
  createWebhook<K extends EventKeyOf<M>>(
    event: K,
    data: DataOfKey<M, L, K>,
    options: WebhookOptions<HeadersToSendOf<M, L, H, K>>,
  ): Promise<SignedWebhook<SentEnvelopeOfKey<M, L, K>>>;
  /**
   * A reusable signer bound to its secrets (parsed once).
   *
   * @example
   * const webhooks = createWebhookSigner({ secret: process.env.WEBHOOK_SECRET! });
   * const request = await webhooks.create('order.created', data);
   */
  createWebhookSigner(options: { secret: SecretInput }): WebhookSigner<M, L, H>;
}

/** Builds the helpers over a contract's event table and a platform's signer. */
export function bindWebhooksWith<M extends object, L extends object, H extends object = NoHeaders>(
  table: EventTable,
  signer: (secret: SecretInput, scheme?: SchemeName) => SignFunction,
): Webhooks<M, L, H> {
  const scheme = table.wire?.signature;
  type Sent<K extends EventKeyOf<M>> = SentEnvelopeOfKey<M, L, K>;
  const wrap = <K extends EventKeyOf<M>>(event: K, data: DataOfKey<M, L, K>, options?: EnvelopeOptions) =>
    createEnvelope(table, event, data, options) as Sent<K>;
  const signWith = async <K extends EventKeyOf<M>>(
    sign: SignFunction,
    event: K,
    data: DataOfKey<M, L, K>,
    options: Omit<WebhookOptions<unknown>, 'secret'>,
  ): Promise<SignedWebhook<Sent<K>>> => {
    const id = options.id ?? createMessageId();
    const { headers: given, ...envelopeOptions } = options;
    const request = createWireRequest(table, event, data, id, {
      ...envelopeOptions,
      headers: given as MessageHeaders | undefined,
    });
    const signed = await sign({ id, body: request.body });
    const headers = { 'content-type': 'application/json', ...request.headers, ...signed };
    return { id, envelope: request.envelope as Sent<K>, body: request.body, headers };
  };
  return {
    createEnvelope: wrap,
    createWebhook: (event, data, options) => signWith(signer(options.secret, scheme), event, data, options),
    createWebhookSigner(options) {
      const sign = signer(options.secret, scheme);
      return { create: (event, data, more = {}) => signWith(sign, event, data, more) };
    },
  };
}
