/**
 * Type helpers both generated packages declare, on top of `types.ts`: what data an event name
 * accepts and which envelope it produces, for `'<type>'` (latest version) and `'<type>@<version>'`.
 */
export const EVENT_KEY_TYPES = `/** An event type (its latest version) or an explicit \`type@version\`. */
export type EventKey = EventType | EventId;

/** The data an event key accepts. */
export type EventData<K extends EventKey> = K extends EventId
  ? EventMap[K]
  : K extends keyof LatestEventMap
    ? LatestEventMap[K]
    : never;

type VersionOf<K extends EventKey> = K extends \`\${string}@\${infer V extends number}\`
  ? V
  : K extends keyof LatestVersions
    ? LatestVersions[K]
    : never;
type TypeOf<K extends EventKey> = K extends \`\${infer T}@\${number}\` ? T : K;

/** The envelope an event key produces (or a receiver gets). */
export type EventEnvelope<K extends EventKey> = Extract<WebhookEvent, { type: TypeOf<K>; version: VersionOf<K> }>;
`;
