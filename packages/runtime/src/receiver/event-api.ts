/**
 * The one-call helpers a generated receiver package has always exported (`parseEvent`,
 * `constructEvent`, `createEventVerifier`, `isEvent`), written once, generic over the contract.
 */
import type { AnyEnvelopeOf, EventKeyOf, ReceivedEnvelopeOfKey } from '../events/contract-types.js';
import { UnknownEventError } from '../events/errors.js';
import type { EventTable } from '../events/event-table.js';
import type { RawBody } from '../events/parse-envelope.js';
import type { WebhookHeaders } from '../signing/core/headers.js';
import type { SyncVerifier, VerifiedWebhook, Verifier, VerifierOptions } from '../signing/core/types.js';
import { checkMessageHeaders, viewHeaders } from './message-headers.js';
import type { AnyReceivedEventOf, NoHeaders } from './types.js';
import { bodyFormatOf, schemeOf } from './wire.js';

/** A verifier that also parses: what `createEventVerifier` returns. */
export interface EventVerifier<M extends object, H extends object = NoHeaders> {
  constructEvent(body: RawBody, headers: WebhookHeaders): Promise<AnyReceivedEventOf<M, H>>;
}

/** The helpers bound to one contract (`M` its `EventMap`, `H` its `EventHeadersMap` if it has one). */
export interface EventApi<M extends object, H extends object = NoHeaders> {
  /**
   * Parses and validates a body that is already trusted (verified elsewhere, or a test fixture).
   * Throws `InvalidJsonError`, `InvalidEnvelopeError`, `InvalidPayloadError`, or `UnknownEventError`.
   * Contracts in payload mode (docs/wire-formats.md) read the event type from `headers` too. When
   * `headers` are given, an event whose message describes headers has them checked as well
   * (`InvalidHeadersError`).
   */
  parseEvent(body: RawBody, headers?: WebhookHeaders): AnyEnvelopeOf<M>;
  /**
   * Verifies signature and timestamp, then parses and validates body and message headers: the typed
   * event `{ id, type, version, timestamp, data, headers }` (as a receiver's handler gets it), or a
   * thrown error with a stable `code`.
   */
  constructEvent(
    body: RawBody,
    headers: WebhookHeaders,
    options: VerifierOptions,
  ): Promise<AnyReceivedEventOf<M, H>>;
  /** `constructEvent` with its secrets parsed once, for servers. */
  createEventVerifier(options: VerifierOptions): EventVerifier<M, H>;
  /** Narrows an event to one version (`'order.created@2'`) or every version of a type (`'order.created'`). */
  isEvent<K extends EventKeyOf<M>>(event: AnyEnvelopeOf<M>, key: K): event is ReceivedEnvelopeOfKey<M, K>;
}

/**
 * Binds the helpers to a contract's table and a signing back end.
 *
 * @example
 * const api = createEventApiWith<EventMap>(createVerifier, events);
 * const event = await api.constructEvent(rawBody, request.headers, { secret });
 */
export function createEventApiWith<M extends object, H extends object = NoHeaders>(
  createVerifier: (options: VerifierOptions) => Verifier,
  table: EventTable,
): EventApi<M, H> {
  const format = bodyFormatOf(table);
  /** The known event of a body; its message headers checked when `headers` came from a request. */
  const read = (body: RawBody, headers: WebhookHeaders | undefined, verified?: VerifiedWebhook) => {
    const parsed = format(table, body, headers ?? {}, verified);
    if (!parsed.known) {
      // Version 0: a payload-mode request that named no version of an unknown type.
      const version = parsed.event.version > 0 ? parsed.event.version : undefined;
      throw new UnknownEventError(parsed.event.type, version, [...table.definitions.keys()]);
    }
    const schema = headers === undefined ? undefined : table.definitions.get(parsed.id)?.headers;
    const checked =
      schema === undefined || headers === undefined
        ? undefined
        : checkMessageHeaders(parsed.id, schema, headers);
    return { parsed, checked };
  };
  /** What `constructEvent` answers: the event with its delivery id and headers, like a handler's. */
  const received = (body: RawBody, headers: WebhookHeaders, verified: VerifiedWebhook) => {
    const { parsed, checked } = read(body, headers, verified);
    const view = checked ?? viewHeaders(headers);
    const id = parsed.deliveryId ?? verified.id ?? '';
    return { id, ...parsed.event, headers: view } as unknown as AnyReceivedEventOf<M, H>;
  };
  const parseEvent = (body: RawBody, headers?: WebhookHeaders) =>
    read(body, headers).parsed.event as AnyEnvelopeOf<M>;
  const createEventVerifier = (options: VerifierOptions): EventVerifier<M, H> => {
    const verifier: Verifier & Partial<SyncVerifier> = createVerifier({
      ...options,
      scheme: schemeOf(table, options.scheme),
    });
    // Node's verifier answers synchronously: one await fewer per event.
    const verifySync = verifier.verifySync?.bind(verifier);
    if (verifySync) {
      return { constructEvent: async (body, headers) => received(body, headers, verifySync(body, headers)) };
    }
    return {
      async constructEvent(body, headers) {
        return received(body, headers, await verifier.verify(body, headers));
      },
    };
  };
  return {
    parseEvent,
    createEventVerifier,
    constructEvent: (body, headers, options) => createEventVerifier(options).constructEvent(body, headers),
    isEvent: <K extends EventKeyOf<M>>(
      event: AnyEnvelopeOf<M>,
      key: K,
    ): event is ReceivedEnvelopeOfKey<M, K> => {
      const { type, version } = event as { type: string; version: number };
      const at = key.lastIndexOf('@');
      if (at < 0) return type === key;
      return type === key.slice(0, at) && version === Number(key.slice(at + 1));
    },
  };
}
