import { GENERATED_HEADER } from '../files.js';
import { EVENT_KEY_TYPES } from './shared-types-source.js';

/** `src/index.ts` of the sender package: typed wrappers over `@hookwright/runtime`. */
export function emitSenderSource(): string {
  return `${GENERATED_HEADER}import { createEnvelope as wrap, createMessageId, type EnvelopeOptions } from '@hookwright/runtime/events';
import { createSigner, type SecretInput, type Signer } from '@hookwright/runtime/signing';
import { events, type LatestVersions } from './events.js';
import type { EventId, EventMap, EventType, LatestEventMap, WebhookEvent } from './types.js';

export type * from './types.js';
export { events, type LatestVersions } from './events.js';
export { EventError, InvalidPayloadError, UnknownEventError } from '@hookwright/runtime/events';

${EVENT_KEY_TYPES}
/**
 * Validates \`data\` for an event and wraps it in the envelope. \`'order.created'\` means the latest
 * version; name one with \`'order.created@1'\`. Throws \`InvalidPayloadError\` (with \`issues\`) for
 * invalid data, before anything is sent.
 *
 * @example
 * const envelope = createEnvelope('order.created', data);
 */
export function createEnvelope<K extends EventKey>(
  event: K,
  data: EventData<K>,
  options?: EnvelopeOptions,
): EventEnvelope<K> {
  return wrap(events, event, data, options) as EventEnvelope<K>;
}

export interface WebhookOptions extends EnvelopeOptions {
  /** \`whsec_...\` (or \`whsk_...\` for ed25519); several, space-separated or as an array, during key rotation. */
  secret: SecretInput;
  /** \`webhook-id\`; default: a new random id. Reuse it when retrying the same message. */
  id?: string;
}

/** A signed request, ready to POST. */
export interface SignedWebhook<K extends EventKey> {
  id: string;
  envelope: EventEnvelope<K>;
  /** The exact body that was signed: send it as it is. */
  body: string;
  /** \`content-type\` and the Standard Webhooks headers. */
  headers: Record<string, string>;
}

/**
 * Creates, validates and signs one webhook request.
 *
 * @example
 * const { headers, body } = await createWebhook('order.created', data, { secret: process.env.WEBHOOK_SECRET! });
 * await fetch(url, { method: 'POST', headers, body });
 */
export async function createWebhook<K extends EventKey>(
  event: K,
  data: EventData<K>,
  options: WebhookOptions,
): Promise<SignedWebhook<K>> {
  return signWith(createSigner({ secret: options.secret }), event, data, options);
}

/**
 * A reusable signer bound to its secrets (parsed once).
 *
 * @example
 * const webhooks = createWebhookSigner({ secret: process.env.WEBHOOK_SECRET! });
 * const request = await webhooks.create('order.created', data);
 */
export function createWebhookSigner(options: { secret: SecretInput }): {
  create<K extends EventKey>(event: K, data: EventData<K>, options?: Omit<WebhookOptions, 'secret'>): Promise<SignedWebhook<K>>;
} {
  const signer = createSigner({ secret: options.secret });
  return { create: (event, data, more = {}) => signWith(signer, event, data, more) };
}

async function signWith<K extends EventKey>(
  signer: Signer,
  event: K,
  data: EventData<K>,
  options: Omit<WebhookOptions, 'secret'>,
): Promise<SignedWebhook<K>> {
  const envelope = createEnvelope(event, data, options);
  const body = JSON.stringify(envelope);
  const id = options.id ?? createMessageId();
  const signed = await signer.sign({ id, body });
  return { id, envelope, body, headers: { 'content-type': 'application/json', ...signed } };
}
`;
}
