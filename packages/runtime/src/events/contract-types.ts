/**
 * Types that turn a generated contract's two interfaces into the typed API of the sender and the
 * receiver, so that behaviour is written once here, generic over the contract (the way openapi-fetch's
 * `createClient<paths>()` is generic over its generated `paths`):
 *
 * - `M`, the generated `EventMap`: payload (`data`) type per `"type@version"`;
 * - `L`, the generated `LatestVersions`: per event type, the version a bare type stands for.
 *
 * Constraints are `object`, not `Record<string, ...>`: generated maps are interfaces, and an interface
 * has no implicit index signature.
 */
import type { Envelope } from './envelope.js';

/** Every `"type@version"` of a contract. */
export type EventIdOf<M extends object> = keyof M & string;

/** The event type of a `"type@version"` (distributes over unions). */
export type TypeOfId<Id extends string> = Id extends `${infer T}@${number}` ? T : never;

/** Every event type of a contract. */
export type EventTypeOf<M extends object> = TypeOfId<EventIdOf<M>>;

/** What an API accepts to name an event: a bare type (its latest version) or a `"type@version"`. */
export type EventKeyOf<M extends object> = EventIdOf<M> | EventTypeOf<M>;

/** The `"type@version"` a key stands for: itself, or the type's latest version from `L`. */
export type IdOfKey<M extends object, L extends object, K extends string> =
  K extends EventIdOf<M> ? K : K extends keyof L ? Extract<`${K}@${L[K] & number}`, EventIdOf<M>> : never;

/** The payload type a key accepts (`send('order.created', data)`). */
export type DataOfKey<M extends object, L extends object, K extends string> = M[IdOfKey<M, L, K> & keyof M];

/** The envelope of one `"type@version"` (distributes over unions). */
export type EnvelopeOfId<
  M extends object,
  Id extends EventIdOf<M>,
> = Id extends `${infer T}@${infer V extends number}` ? Envelope<T, V, M[Id]> : never;

/** Any envelope of the contract: narrow on `type`, then `version`. */
export type AnyEnvelopeOf<M extends object> = EnvelopeOfId<M, EventIdOf<M>>;

/** The `"type@version"`s a key matches when listening: one version, or every version of a type. */
export type IdsMatchingKey<M extends object, K extends string> =
  K extends EventIdOf<M> ? K : Extract<EventIdOf<M>, `${K}@${number}`>;

/** The envelope a key produces when sending (`'order.created'` = its latest version). */
export type SentEnvelopeOfKey<M extends object, L extends object, K extends string> = EnvelopeOfId<
  M,
  IdOfKey<M, L, K>
>;

/** The envelopes a key matches when receiving (`'order.created'` = every version of it). */
export type ReceivedEnvelopeOfKey<M extends object, K extends string> = EnvelopeOfId<M, IdsMatchingKey<M, K>>;
