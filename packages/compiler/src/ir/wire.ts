/**
 * The `wire` setting (config `wire`, or the document's root `x-hookwright-wire`): how requests look
 * when the contract describes a provider that does not use Hookwright's envelope (docs/wire-formats.md).
 * The part syntax is the runtime's (`WIRE_PART_PATTERN`), so what the compiler accepts the generated
 * packages can read.
 */
import { WIRE_PART_PATTERN } from '@hookwright/runtime/events';

/** A part: `header:<name>` or `body:<JSON pointer>`. */
export type WirePartText = `header:${string}` | `body:${string}`;

/** The setting as written. */
export interface WireSetting {
  body?: 'envelope' | 'payload';
  eventType?: WirePartText[];
  eventVersion?: WirePartText;
  signature?: 'standard' | 'github' | 'stripe';
  deliveryId?: WirePartText;
}

/** What the IR keeps besides `bodyMode`: the parts and the scheme, only those written. */
export type ContractWire = Omit<WireSetting, 'body'>;

const part = {
  type: 'string',
  pattern: WIRE_PART_PATTERN,
  description: '`header:<name>` or `body:<JSON pointer>`, e.g. "header:x-github-event" or "body:/action".',
} as const;

const SIGNATURE_LABELS = {
  standard: 'Standard Webhooks',
  github: 'GitHub-style (X-Hub-Signature-256)',
  stripe: 'Stripe-style (Stripe-Signature)',
} as const;

/** How a contract's requests are signed, for package descriptions: `Standard Webhooks` unless `wire` says. */
export function signatureLabel(wire: ContractWire | undefined): string {
  return SIGNATURE_LABELS[wire?.signature ?? 'standard'];
}

/** JSON Schema of the setting, shared by the config schema and the document extension. */
export const wireSchema = {
  type: 'object',
  additionalProperties: false,
  description:
    'How requests look on the wire (docs/wire-formats.md); also readable from the document root as x-hookwright-wire (this setting wins).',
  properties: {
    body: {
      enum: ['envelope', 'payload'],
      default: 'envelope',
      description: '`envelope`: the Standard Webhooks envelope; `payload`: the body is the event payload.',
    },
    eventType: {
      type: 'array',
      minItems: 1,
      items: part,
      description:
        'Parts naming the event type; those present are joined with "." (e.g. ["header:x-github-event", "body:/action"]).',
    },
    eventVersion: {
      ...part,
      description: 'Part holding the event version; default the latest non-deprecated one.',
    },
    signature: {
      enum: ['standard', 'github', 'stripe'],
      default: 'standard',
      description: 'Signature scheme: Standard Webhooks, X-Hub-Signature-256, or Stripe-Signature.',
    },
    deliveryId: {
      ...part,
      description:
        'Part identifying a delivery for idempotency; default per scheme: header:webhook-id, header:x-github-delivery, body:/id.',
    },
  },
  if: { properties: { body: { const: 'payload' } }, required: ['body'] },
  // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keywords, never awaited
  then: { properties: { eventType: {} }, required: ['eventType'] },
} as const;
