/**
 * The "Requests" facts of the docs for the contract's wire format (docs/wire-formats.md): the
 * Standard Webhooks envelope by default (delivery-reference.ts, unchanged), else the headers that
 * name the event, the scheme's signature header, how to verify it, and a curl recipe that sends
 * exactly what the generated sender would (header values from the runtime's own request builder).
 */
import { createEventTable, defineWire, type EventTable, type Wire } from '@hookwright/runtime/events';
import type { Contract, EventVersion } from '../../ir/contract.js';
import { signatureLabel } from '../../ir/wire.js';
import { HEADERS, SIGNATURE_STEPS, shellQuote, signingRecipe } from './delivery-reference.js';

export interface RequestFacts {
  /** What signs requests, e.g. `Standard Webhooks v1`. */
  signedAs: string;
  headers: ReadonlyArray<readonly [name: string, meaning: string]>;
  steps: readonly string[];
  /** A shell recipe that signs `body` and sends it with `curl`. */
  recipe: string;
}

const GITHUB_STEPS = [
  'Use the secret as text (UTF-8 bytes) as the HMAC key.',
  'Compute HMAC-SHA256 of the raw body exactly as received (never re-serialise the JSON), hex-encode it, and compare, in constant time, with the value after `sha256=` in `x-hub-signature-256`.',
  'Nothing signs a time: drop deliveries whose id you have already processed.',
];
const STRIPE_STEPS = [
  'Use the whole secret text, `whsec_` included, as the HMAC key.',
  'Read `t` and each `v1` entry of `stripe-signature`; compute HMAC-SHA256 of `{t}.{raw body}`, hex-encode it, and compare, in constant time, with each `v1`.',
  'Refuse a `t` more than 5 minutes away from your clock, and delivery ids you have already processed.',
];

/** The facts for a contract; `first` is the event and data the recipe sends. */
export function requestFacts(
  contract: Contract,
  first?: { event: EventVersion; data: unknown },
): RequestFacts {
  const body = (data: unknown) => JSON.stringify(data);
  const wire = contract.wire;
  const sample = first ? body(first.data) : '{}';
  if (wire === undefined) {
    return {
      signedAs: 'Standard Webhooks v1',
      headers: HEADERS,
      steps: SIGNATURE_STEPS,
      recipe: signingRecipe(sample),
    };
  }
  const scheme = wire.signature ?? 'standard';
  const named =
    contract.bodyMode === 'payload' ? eventHeaders(contract, first) : { headers: {}, delivery: undefined };
  const partHeaders: Array<readonly [string, string]> = Object.keys(named.headers).map((name) => [
    name,
    name === named.delivery
      ? 'Delivery id, the same on every retry: use it to drop duplicates.'
      : 'Names the event (with the other `eventType` parts, joined with `.`) or its version.',
  ]);
  const signature: Array<readonly [string, string]> =
    scheme === 'github'
      ? [['x-hub-signature-256', '`sha256=<hex HMAC-SHA256 of the body>`.']]
      : scheme === 'stripe'
        ? [
            [
              'stripe-signature',
              '`t=<unix seconds>,v1=<hex HMAC-SHA256 of "{t}.{body}">`, one `v1` per active secret.',
            ],
          ]
        : HEADERS.slice(1);
  const extra = Object.entries(named.headers).filter(
    ([name]) => name !== named.delivery && !name.startsWith('webhook-'),
  );
  return {
    signedAs: signatureLabel(wire),
    headers: [HEADERS[0]!, ...partHeaders.filter(([n]) => !n.startsWith('webhook-')), ...signature],
    steps: scheme === 'github' ? GITHUB_STEPS : scheme === 'stripe' ? STRIPE_STEPS : SIGNATURE_STEPS,
    recipe: recipe(scheme, sample, extra, named.delivery),
  };
}

/**
 * The headers that name `event` in a request carrying `data` (`x-github-event: issues`), without
 * the delivery id and the signature: what the HTML page's test panel adds to what it signs.
 */
export function namingHeaders(
  contract: Contract,
  event: EventVersion,
  data: unknown,
): Record<string, string> {
  const { headers, delivery } = eventHeaders(contract, { event, data });
  return Object.fromEntries(
    Object.entries(headers).filter(([name]) => name !== delivery && !name.startsWith('webhook-')),
  );
}

/** The header that carries the delivery id (`x-github-delivery`), if the id is in a header. */
export function deliveryHeader(contract: Contract): string | undefined {
  return requestBuilder(contract).delivery;
}

interface RequestBuilder {
  wire: Wire;
  table: EventTable;
  delivery: string | undefined;
}

// The page asks once per example: the wire and the table are built once per contract.
const builders = new WeakMap<Contract, RequestBuilder>();

/** The runtime's request builder for the contract's wire format, over a table of its events. */
function requestBuilder(contract: Contract): RequestBuilder {
  let builder = builders.get(contract);
  if (builder === undefined) {
    const wire = defineWire({ body: 'payload', ...contract.wire });
    const part = wire.parts.deliveryId;
    const table = createEventTable(
      contract.events.map((e) => ({
        type: e.type,
        version: e.version,
        deprecated: e.deprecated,
        validate: () => ({ valid: true }),
      })),
    );
    builder = { wire, table, delivery: part.source === 'header' ? part.name : undefined };
    builders.set(contract, builder);
  }
  return builder;
}

/** The headers the generated sender sets for `first`, and which of them is the delivery id. */
function eventHeaders(
  contract: Contract,
  first: { event: EventVersion; data: unknown } | undefined,
): { headers: Record<string, string>; delivery: string | undefined } {
  const { wire, table, delivery } = requestBuilder(contract);
  if (!first) return { headers: {}, delivery };
  try {
    return { headers: wire.request(table, first.event.id, first.data, '$id').headers, delivery };
  } catch {
    // An example that does not name its own event: the recipe then sends no event headers.
    return { headers: {}, delivery };
  }
}

function recipe(
  scheme: 'standard' | 'github' | 'stripe',
  body: string,
  extra: ReadonlyArray<readonly [string, string]>,
  delivery: string | undefined,
): string {
  const headerLines = extra.map(([name, value]) => `  -H ${shellQuote(`${name}: ${value}`)} \\`);
  if (scheme === 'standard') {
    const lines = signingRecipe(body).split('\n');
    const at = lines.findIndex((l) => l.includes('content-type: application/json'));
    lines.splice(at + 1, 0, ...headerLines);
    return lines.join('\n');
  }
  const hmac = (message: string) =>
    `sig=$(printf '%s' "${message}" | openssl dgst -sha256 -hmac "$secret" -hex | sed 's/^.*= //')`;
  const deliveryHeader = delivery === undefined ? '' : `-H "${delivery}: $id" `;
  return [
    `secret='${scheme === 'stripe' ? 'whsec_...' : '...'}'   # the endpoint's secret (use a test secret)`,
    "url='http://localhost:3000/webhooks'",
    `body=${shellQuote(body)}`,
    'id="$(openssl rand -hex 12)"',
    ...(scheme === 'stripe' ? ['ts=$(date +%s)', hmac('$ts.$body')] : [hmac('$body')]),
    'curl -sS -X POST "$url" \\',
    "  -H 'content-type: application/json' \\",
    ...headerLines,
    scheme === 'stripe'
      ? `  ${deliveryHeader}-H "stripe-signature: t=$ts,v1=$sig" \\`
      : `  ${deliveryHeader}-H "x-hub-signature-256: sha256=$sig" \\`,
    '  --data-raw "$body"',
  ].join('\n');
}
