/**
 * How requests look on the wire and how the runtime answers them: the same facts for the package
 * READMEs, the Markdown file and the HTML page. They describe `@hookwright/runtime` (Standard
 * Webhooks v1 and the pipeline and schedule of DESIGN.md), so they change only with it.
 */
import type { Contract } from '../../ir/contract.js';

export const HEADERS: ReadonlyArray<readonly [name: string, meaning: string]> = [
  ['content-type', '`application/json`'],
  ['webhook-id', 'Message id, the same on every retry of one message: use it to drop duplicates.'],
  ['webhook-timestamp', 'Unix seconds when this attempt was signed (fresh on every attempt).'],
  [
    'webhook-signature',
    'Space-separated list of `v1,<base64 HMAC-SHA256>`, one per active secret (`v1a,<base64 ed25519>` for asymmetric keys).',
  ],
];

/** The receiver's answers, in the order its pipeline checks them. */
const HEADERS_ROW_CHECK =
  "the message's headers fail the event's `headers` schema (names matched case-insensitively)";

/** The receiver's status table as a contract's docs show it: the headers row only where events declare headers. */
export function statusCodes(contract: Contract): ReadonlyArray<readonly [check: string, status: string]> {
  const declared = contract.events.some((e) => e.headers !== undefined);
  return declared ? STATUS_CODES : STATUS_CODES.filter(([check]) => check !== HEADERS_ROW_CHECK);
}

export const STATUS_CODES: ReadonlyArray<readonly [check: string, status: string]> = [
  ['method is not POST', '405'],
  ['body larger than `maxBodyBytes` (default 1 MiB; reading stops at the limit)', '413'],
  ['body still arriving after `bodyTimeoutMs` (default 10 s)', '408'],
  ['content-type is not JSON', '415'],
  ['a `webhook-*` header is missing or malformed', '400'],
  ['timestamp outside `toleranceSeconds` (default 300 s, either direction)', '401'],
  ['no signature matches a configured secret (constant-time compare)', '401'],
  ['body is not JSON, or not an envelope', '400'],
  ['unknown event type or version', '2xx, and the `onUnknown` hook runs (configurable)'],
  ['payload fails its schema', '422, with JSON-pointer `issues`'],
  [HEADERS_ROW_CHECK, '422, with JSON-pointer `issues`'],
  ['`webhook-id` already processed', '2xx, the handler does not run again'],
  ['same `webhook-id` still being processed', '429 with `Retry-After` (retry later)'],
  ['the handler throws', '500 (the sender retries)'],
  ['the handler resolves', '204'],
];

/** Default delivery schedule: delay before each attempt, each with +-20% jitter. */
export const RETRY_SCHEDULE: readonly string[] = [
  'immediately',
  '5 s',
  '5 min',
  '30 min',
  '2 h',
  '5 h',
  '10 h',
  '10 h',
];

export const RETRY_RULES: readonly string[] = [
  '2xx: delivered.',
  'Network error, timeout (default 15 s), 408, 429 and 5xx: retried on the schedule; `Retry-After` is honoured, clamped to the schedule.',
  '410: the endpoint is disabled.',
  'Other 4xx and 3xx (redirects are not followed): failed, not retried.',
  'After the last attempt the message goes to the dead-letter list with every attempt, and can be replayed.',
];

export const SIGNATURE_STEPS: readonly string[] = [
  'Take the secret after `whsec_` and base64-decode it: that is the HMAC key.',
  'Build the signed content `{webhook-id}.{webhook-timestamp}.{raw body}` from the exact bytes received (never re-serialise the JSON).',
  'Compute HMAC-SHA256 of it, base64-encode, and compare, in constant time, with each `v1,` entry of `webhook-signature`.',
  'Refuse timestamps more than 5 minutes away from your clock, and ids you have already processed.',
];

/** Single-quotes `text` for a POSIX shell. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * A shell recipe that signs `body` by hand with `openssl` and sends it with `curl`, exactly as
 * the sender would.
 */
export function signingRecipe(body: string): string {
  return [
    "secret='whsec_...'   # the endpoint's secret (use a test secret)",
    "url='http://localhost:3000/webhooks'",
    `body=${shellQuote(body)}`,
    'id="msg_$(openssl rand -hex 12)"',
    'ts=$(date +%s)',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: shell parameter expansion, not a template
    "key=$(printf '%s' \"${secret#whsec_}\" | openssl base64 -d -A | od -An -tx1 | tr -d ' \\n')",
    'sig=$(printf \'%s\' "$id.$ts.$body" | openssl dgst -sha256 -mac HMAC -macopt "hexkey:$key" -binary | openssl base64 -A)',
    'curl -sS -X POST "$url" \\',
    "  -H 'content-type: application/json' \\",
    '  -H "webhook-id: $id" -H "webhook-timestamp: $ts" -H "webhook-signature: v1,$sig" \\',
    '  --data-raw "$body"',
  ].join('\n');
}

/** A fixed time for example envelopes, so output does not depend on the clock. */
export const EXAMPLE_TIMESTAMP = '2025-01-15T09:30:00Z';

/** The request body that carries `data` for `event`: the envelope, or `data` alone in payload mode. */
export function exampleBody(
  bodyMode: 'envelope' | 'payload',
  event: { type: string; version: number },
  data: unknown,
): unknown {
  if (bodyMode === 'payload') return data;
  return { type: event.type, version: event.version, timestamp: EXAMPLE_TIMESTAMP, data };
}
