import { FIELD_KINDS, type FieldKind } from './fields.js';
import { objectSample, randomFields } from './objects.js';
import type { BuildContext, Sample } from './registry.js';
import { closedObject, oneOfSample, timestamps } from './shared-schemas.js';
import { ENTITIES, pascalCase, STATUS_WORDS } from './vocabulary.js';

/**
 * What the `large` shape adds, after the big published contracts (GitHub's, Stripe's): every
 * property described, objects nested several levels deep inline, arrays of inline objects,
 * polymorphic oneOf members and allOf compositions, and many named definitions that most
 * events share (`Account`, `User`, `Workspace`, `<Entity>Summary`, `PaymentMethod`).
 */

/** Inline objects stop nesting past this depth (the payload itself is depth 0). */
export const MAX_DEPTH = 5;

const NESTED_NAMES = [
  'profile',
  'configuration',
  'breakdown',
  'fulfillment',
  'compliance',
  'preferences',
  'delivery',
  'pricing',
  'review',
  'risk',
  'schedule',
  'routing',
];

const DESCRIPTION_NOTES = [
  'Set by the platform and read-only for integrators.',
  'Only present when the object was created through the API.',
  'Changes to this value are recorded in the audit log of the account.',
  'Follows the conventions described in the object reference of the API documentation.',
  'Consumers should ignore values they do not recognise instead of failing.',
  'Kept for at least thirteen months and then removed by the retention policy.',
  'Empty until the first synchronisation with the upstream system has finished.',
  'Uses the time zone of the account unless the workspace overrides it.',
];

/** `billingEmail` -> `billing email`. */
function words(name: string): string {
  return name.replaceAll(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

/**
 * `sample` with a vendor-docs-like description. A `$ref` keeps no siblings (JSON Schema
 * draft 7 ignores them), so referenced schemas are described once, where they are defined.
 */
export function described(ctx: BuildContext, name: string, sample: Sample): Sample {
  if ('$ref' in sample.schema) return sample;
  const notes = ctx.rng.sample(DESCRIPTION_NOTES, ctx.rng.int(1, 2));
  const description = [`The ${words(name)} of this object.`, ...notes].join(' ');
  return { schema: { description, ...sample.schema }, example: sample.example };
}

/** Fields of an inline object one level below `ctx`, one of them nested again most of the time. */
function nestedFields(ctx: BuildContext, count: number) {
  const inner: BuildContext = { ...ctx, depth: ctx.depth + 1 };
  const taken = new Set<string>();
  const fields = randomFields(inner, count, taken);
  if (inner.depth < MAX_DEPTH && ctx.rng.chance(0.5)) {
    const name = NESTED_NAMES.find((candidate) => !taken.has(candidate));
    if (name !== undefined) {
      const child = nestedObject(inner);
      fields.push({ name, sample: described(inner, name, child), required: true, inExample: true });
    }
  }
  return fields;
}

/** An inline object of 3 to 6 fields; at the depth limit a plain string stands in for it. */
function nestedObject(ctx: BuildContext): Sample {
  if (ctx.depth >= MAX_DEPTH) return { schema: { type: 'string', maxLength: 200 }, example: 'n/a' };
  const fields = nestedFields(ctx, ctx.rng.int(2, 4));
  return objectSample(fields, { closed: ctx.rng.chance(0.7) });
}

function paymentMethod({ rng, registry }: BuildContext): Sample {
  return registry.named('PaymentMethod', () => {
    const card = registry.named('CardPaymentMethod', () => ({
      schema: closedObject({
        type: { const: 'card' },
        brand: { type: 'string', enum: ['amex', 'mastercard', 'visa'] },
        last4: { type: 'string', pattern: '^[0-9]{4}$' },
        expMonth: { type: 'integer', minimum: 1, maximum: 12 },
        expYear: { type: 'integer', minimum: 2000, maximum: 2100 },
      }),
      example: { type: 'card', brand: 'visa', last4: '4242', expMonth: 4, expYear: 2030 },
    }));
    const bank = registry.named('BankAccountPaymentMethod', () => ({
      schema: closedObject({
        type: { const: 'bank_account' },
        iban: { type: 'string', pattern: '^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$' },
        holderName: { type: 'string', minLength: 1 },
      }),
      example: { type: 'bank_account', iban: 'DE89370400440532013000', holderName: 'Ada Lovelace' },
    }));
    const wallet = registry.named('WalletPaymentMethod', () => ({
      schema: closedObject({
        type: { const: 'wallet' },
        provider: { type: 'string', enum: ['apple_pay', 'google_pay', 'paypal'] },
      }),
      example: { type: 'wallet', provider: 'paypal' },
    }));
    return oneOfSample(rng, 'How the payment is made.', [card, bank, wallet]);
  });
}

/** A short named summary of some entity (`OrderSummary`), the way payloads link to related objects. */
function entitySummary(ctx: BuildContext): Sample {
  const entity = ctx.rng.pick(ENTITIES);
  const name = `${pascalCase(entity)}Summary`;
  return ctx.registry.named(name, () => {
    const states = ctx.rng.sample(STATUS_WORDS, 4).sort();
    return {
      schema: {
        ...closedObject(
          {
            id: { type: 'string', format: 'uuid', description: `Identifier of the ${words(entity)}.` },
            object: { const: entity, description: 'The kind of object this summary stands for.' },
            url: { type: 'string', format: 'uri', description: 'Where the full object can be fetched.' },
            displayName: { type: ['string', 'null'], maxLength: 200 },
            state: { type: 'string', enum: states },
          },
          ['id', 'object', 'url', 'state'],
        ),
        description: `A reference to a ${words(entity)} with the fields most consumers need.`,
      },
      example: { id: ctx.rng.uuid(), object: entity, url: 'https://api.example.com/x/1', state: states[0]! },
    };
  });
}

/** An audit record written as `allOf: [Timestamps, {...}]`, inline in the payload. */
function auditTrail(ctx: BuildContext): Sample {
  const stamps = timestamps(ctx);
  const body = objectSample(
    [
      {
        name: 'changedFields',
        sample: {
          schema: { type: 'array', items: { type: 'string', minLength: 1 }, maxItems: 100 },
          example: ['status'],
        },
        required: true,
        inExample: true,
      },
      {
        name: 'revision',
        sample: { schema: { type: 'integer', minimum: 1 }, example: ctx.rng.int(1, 40) },
        required: true,
        inExample: true,
      },
    ],
    { closed: false },
  );
  return {
    schema: { allOf: [stamps.schema, body.schema] },
    example: { ...(stamps.example as object), ...(body.example as object) },
  };
}

/** The field kinds of the large shape: the standard ones plus the kinds above. */
export const LARGE_FIELD_KINDS: readonly FieldKind[] = [
  ...FIELD_KINDS,
  { names: NESTED_NAMES, build: nestedObject },
  { names: NESTED_NAMES.slice(6), build: nestedObject },
  {
    names: ['lineItems', 'entries', 'steps', 'adjustments', 'history'],
    build: (ctx) => {
      const item = nestedObject(ctx);
      return { schema: { type: 'array', maxItems: 500, items: item.schema }, example: [item.example] };
    },
  },
  { names: ['paymentMethod', 'refundDestination', 'instrument'], build: paymentMethod },
  { names: ['related', 'linkedRecord', 'parentRecord', 'origin', 'subject'], build: entitySummary },
  { names: ['auditTrail', 'lastChange'], build: auditTrail },
];

/** A big shared definition built from random described fields, like GitHub's `repository`. */
function contextDefinition(ctx: BuildContext, name: string, fieldCount: number, description: string): Sample {
  return ctx.registry.named(name, () => {
    // Shallow: every payload that refers to it carries it whole once dereferenced, and the
    // parser's cost grows with the dereferenced size.
    const fields = nestedFields({ ...ctx, depth: MAX_DEPTH - 2 }, fieldCount);
    return objectSample(fields, { closed: true, description });
  });
}

/** The definitions nearly every large-shape payload refers to: who, where and on whose behalf. */
export const CONTEXT_DEFINITIONS = [
  { key: 'account', name: 'Account', fields: 14, share: 1, about: 'The account the event belongs to.' },
  { key: 'sender', name: 'User', fields: 10, share: 0.7, about: 'The user who triggered the event.' },
  { key: 'workspace', name: 'Workspace', fields: 12, share: 0.5, about: 'The workspace of the object.' },
  { key: 'integration', name: 'Integration', fields: 8, share: 0.3, about: 'The app that receives it.' },
] as const;

export function contextSample(ctx: BuildContext, definition: (typeof CONTEXT_DEFINITIONS)[number]): Sample {
  return contextDefinition(ctx, definition.name, definition.fields, definition.about);
}
