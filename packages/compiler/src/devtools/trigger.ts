import { checkHeaders, createEnvelope, createMessageId, type EventTable } from '@hookwright/runtime/events';
import { createSigner } from '@hookwright/runtime/signing';
import { DevtoolsError } from './errors.js';
import { type HttpExchange, post } from './http.js';

/** One signed request, ready to send (and to print). */
export interface TriggerRequest {
  url: string;
  method: 'POST';
  /**
   * `content-type`, the headers naming the event (payload mode), the delivery id and signature
   * headers of the contract's scheme, then the caller's extra headers (which win).
   */
  headers: Record<string, string>;
  /** The exact body text that was signed. */
  body: string;
  /** `type@version` of the event. */
  eventId: string;
}

export interface PrepareTriggerOptions {
  table: EventTable;
  /** `type` (its latest version) or `type@version`. */
  event: string;
  data: unknown;
  url: string;
  /** `whsec_...` (or several, as the signer accepts); the provider's secret text for GitHub/Stripe schemes. */
  secret: string | string[];
  /**
   * The message's own headers (its AsyncAPI `headers` schema), checked against that schema before
   * anything is sent (`InvalidHeadersError` with every issue).
   */
  messageHeaders?: Record<string, string>;
  /** Extra headers, not checked; they override the signed ones, e.g. to try a forged signature. */
  headers?: Record<string, string>;
  /** Default: now. */
  timestamp?: Date;
}

/**
 * Validates `data` against its event (throws `InvalidPayloadError` with every issue before anything
 * is sent), lays it out in the contract's wire format (the envelope, or in payload mode the bare
 * payload with the headers that name the event) and signs it with the contract's scheme and a fresh
 * delivery id. Any `http(s)` URL is accepted, loopback and private addresses included: unlike the
 * sender's SSRF guard, this is a developer's tool pointed at their own machine.
 *
 * @example
 * const request = await prepareTrigger({ table, event: 'order.created', data, url, secret });
 * const { response } = await sendTrigger(request);
 */
export async function prepareTrigger(options: PrepareTriggerOptions): Promise<TriggerRequest> {
  const url = checkUrl(options.url);
  const { table } = options;
  const at = options.timestamp ? { timestamp: options.timestamp } : {};
  const envelope = createEnvelope(table, options.event, options.data, at);
  const messageHeaders =
    options.messageHeaders === undefined
      ? {}
      : checkedMessageHeaders(table, options.event, options.messageHeaders);
  const id = createMessageId();
  const wire = table.wire;
  const request =
    wire?.body === 'payload'
      ? wire.request(table, options.event, options.data, id)
      : { body: JSON.stringify(envelope), headers: {} };
  const signer = createSigner({
    secret: options.secret,
    ...(wire?.signature ? { scheme: wire.signature } : {}),
  });
  const signed = await signer.sign({ id, body: request.body, ...at });
  const headers = {
    'content-type': 'application/json',
    ...messageHeaders,
    ...request.headers,
    ...signed,
    ...lowerCase(options.headers ?? {}),
  };
  return {
    url,
    method: 'POST',
    headers,
    body: request.body,
    eventId: `${envelope.type}@${envelope.version}`,
  };
}

/** The message headers as sent (lower-cased names), after checking them against the event's schema. */
function checkedMessageHeaders(
  table: EventTable,
  event: string,
  given: Record<string, string>,
): Record<string, string> {
  const definition = table.resolve(event);
  if (definition.headers) checkHeaders(definition.id, definition.headers, given);
  return lowerCase(given);
}

/** What came back, and how long it took (from sending the request to the end of the response body). */
export interface TriggerResult {
  request: TriggerRequest;
  response: HttpExchange;
  durationMs: number;
}

/**
 * Sends a prepared request once. Redirects are not followed (a webhook receiver should answer, not
 * redirect); a network failure or timeout throws `DevtoolsError` `REQUEST_FAILED`.
 *
 * @example
 * const { response, durationMs } = await sendTrigger(request, { timeoutMs: 5000 });
 * console.log(response.status, `${durationMs.toFixed(0)} ms`);
 */
export async function sendTrigger(
  request: TriggerRequest,
  options: { timeoutMs?: number } = {},
): Promise<TriggerResult> {
  const outcome = await post(request.url, request.headers, request.body, options.timeoutMs ?? 15_000);
  if (!outcome.ok) throw new DevtoolsError('REQUEST_FAILED', `POST ${request.url} failed: ${outcome.reason}`);
  return { request, response: outcome.response, durationMs: outcome.durationMs };
}

function checkUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new DevtoolsError('INVALID_URL', `--url must be an absolute http(s) URL, got "${text}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new DevtoolsError('INVALID_URL', `--url must use http or https, got "${url.protocol}"`);
  }
  return url.href;
}

function lowerCase(headers: Record<string, string>): Record<string, string> {
  // A header typed as a number or a boolean may be given as one (an example's `X-Attempt: 2`): HTTP
  // carries its text, which the receiver reads back (the event table's `values`).
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [name.toLowerCase(), String(value)]),
  );
}
