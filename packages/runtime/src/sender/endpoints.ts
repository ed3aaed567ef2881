/**
 * Endpoints as `createSender` takes them, checked once at start-up so a misconfiguration fails there
 * (with the endpoint's id and the fix) rather than on the first delivery.
 */
import type { EventTable } from '../events/event-table.js';
import type { SecretInput, SignedHeaders } from '../signing/core/types.js';
import { InvalidEndpointError } from './errors.js';
import { checkUrl } from './guard.js';
import { redactUrl } from './hooks.js';
import type { GuardOptions } from './transport.js';

/** Where webhooks go: one customer's URL and secret. */
export interface Endpoint {
  /** Stable id (`ep_...`, a database key): delivery records and dead letters refer to it. */
  id: string;
  /** `https://...` (or `http://` unless `requireHttps`). */
  url: string;
  /** `whsec_...` (several during a rotation: space-separated or an array; every one signs). */
  secret: SecretInput;
  /** Event types (`order.created`, every version) or `type@version`s it subscribes to; default all. */
  events?: readonly string[];
  /** `false` skips it at fan-out and dead-letters what is still queued for it (default true). */
  enabled?: boolean;
  /** Extra request headers (e.g. a customer's `authorization`); the signature headers always win. */
  headers?: Readonly<Record<string, string>>;
}

/** Signs one attempt's body; the Node entry's signer answers synchronously. */
export type SignFunction = (input: {
  id: string;
  body: string;
  /** Unix seconds; default the signer's clock. */
  timestamp?: number;
}) => SignedHeaders | Promise<SignedHeaders>;

/** An endpoint ready for delivery. */
export interface PreparedEndpoint {
  id: string;
  url: string;
  parsedUrl: URL;
  /** The URL without query or credentials, for logs. */
  logUrl: string;
  enabled: boolean;
  /** Headers sent on every attempt, before the signature headers. */
  headers: Record<string, string>;
  sign: SignFunction;
  subscribes(type: string, eventId: string): boolean;
}

const USER_AGENT = 'Hookwright-Sender/0.1';

/** Checks every endpoint and builds its signer; throws `InvalidEndpointError` naming the endpoint and the fix. */
export function prepareEndpoints(
  endpoints: readonly Endpoint[],
  table: EventTable,
  guard: GuardOptions,
  createSign: (secret: SecretInput) => SignFunction,
): Map<string, PreparedEndpoint> {
  if (!Array.isArray(endpoints)) {
    throw new InvalidEndpointError(
      undefined,
      'endpoints',
      'endpoints must be an array of { id, url, secret, events?, enabled?, headers? }',
    );
  }
  const prepared = new Map<string, PreparedEndpoint>();
  for (const endpoint of endpoints) {
    const { id } = endpoint ?? {};
    if (typeof id !== 'string' || id === '') {
      throw new InvalidEndpointError(
        undefined,
        'id',
        `every endpoint needs a non-empty string id, got ${JSON.stringify(id)}`,
      );
    }
    if (prepared.has(id))
      throw new InvalidEndpointError(id, 'id', `endpoint id "${id}" is used twice: ids must be unique`);
    prepared.set(id, prepareOne(endpoint, table, guard, createSign));
  }
  return prepared;
}

function prepareOne(
  endpoint: Endpoint,
  table: EventTable,
  guard: GuardOptions,
  createSign: (secret: SecretInput) => SignFunction,
): PreparedEndpoint {
  const { id, url } = endpoint;
  let parsedUrl: URL;
  try {
    parsedUrl = new URL(url);
  } catch {
    throw new InvalidEndpointError(
      id,
      'url',
      `endpoint "${id}": url ${JSON.stringify(url)} is not an absolute URL`,
    );
  }
  if (parsedUrl.protocol !== 'https:' && parsedUrl.protocol !== 'http:') {
    throw new InvalidEndpointError(
      id,
      'url',
      `endpoint "${id}": url must be http:// or https://, got ${parsedUrl.protocol}`,
    );
  }
  try {
    checkUrl(parsedUrl, guard);
  } catch (error) {
    throw new InvalidEndpointError(id, 'url', `endpoint "${id}": ${(error as Error).message}`);
  }
  let sign: SignFunction;
  try {
    sign = createSign(endpoint.secret);
  } catch (error) {
    throw new InvalidEndpointError(id, 'secret', `endpoint "${id}": ${(error as Error).message}`);
  }
  const subscriptions = endpoint.events === undefined ? undefined : new Set(endpoint.events);
  for (const name of subscriptions ?? []) {
    const known = name.includes('@') ? table.definitions.has(name) : table.latest.has(name);
    if (!known) {
      const types = [...table.latest.keys()].slice(0, 10).join(', ');
      throw new InvalidEndpointError(
        id,
        'events',
        `endpoint "${id}": unknown event "${name}" in events (known types: ${types})`,
      );
    }
  }
  const headers: Record<string, string> = { 'user-agent': USER_AGENT };
  for (const [name, value] of Object.entries(endpoint.headers ?? {}))
    headers[name.toLowerCase()] = String(value);
  headers['content-type'] = 'application/json';
  return {
    id,
    url,
    parsedUrl,
    logUrl: redactUrl(url),
    enabled: endpoint.enabled !== false,
    headers,
    sign,
    subscribes: (type, eventId) =>
      subscriptions === undefined || subscriptions.has(type) || subscriptions.has(eventId),
  };
}
