import type { BuildContext, JsonObject, Sample } from './registry.js';
import * as shared from './shared-schemas.js';
import { TAG_WORDS } from './vocabulary.js';

/** One kind of property: the names it usually goes by and how to build its schema and value. */
export interface FieldKind {
  names: readonly string[];
  build(ctx: BuildContext): Sample;
}

const iso = (ctx: BuildContext): string =>
  new Date(Date.UTC(2025, ctx.rng.int(0, 11), ctx.rng.int(1, 28), ctx.rng.int(0, 23), ctx.rng.int(0, 59)))
    .toISOString()
    .replace('.000Z', 'Z');

const word = (ctx: BuildContext): string =>
  ctx.rng.pick(['alpha', 'north', 'summer', 'kestrel', 'harbor', 'delta']);

// Typed up front: an inline array of differently-shaped literals does not infer as Json.
const IDENTIFIER_VARIANTS: JsonObject[] = [
  { type: 'string', format: 'uuid' },
  { type: 'integer', minimum: 1 },
];

const ENUM_POOL = ['low', 'normal', 'high', 'web', 'mobile', 'api', 'pos', 'public', 'private', 'manual'];

/** Every construct the synthetic contract exercises, one entry per construct. */
export const FIELD_KINDS: readonly FieldKind[] = [
  {
    names: ['label', 'title', 'summary', 'displayName', 'reference'],
    build: (ctx) => ({ schema: { type: 'string', minLength: 1, maxLength: 200 }, example: word(ctx) }),
  },
  {
    names: ['comment', 'reason', 'externalRef', 'nickname'],
    build: (ctx) => ({
      schema: { type: ['string', 'null'], maxLength: 500 },
      example: ctx.rng.chance(0.5) ? null : word(ctx),
    }),
  },
  {
    names: ['quantity', 'attempts', 'seats', 'position'],
    build: (ctx) => ({
      schema: { type: 'integer', minimum: 0, maximum: 10_000 },
      example: ctx.rng.int(0, 10_000),
    }),
  },
  {
    names: ['score', 'rate', 'percentage', 'weight'],
    build: (ctx) => ({
      schema: { type: 'number', minimum: 0, maximum: 100 },
      example: ctx.rng.int(0, 10_000) / 100,
    }),
  },
  {
    names: ['enabled', 'visible', 'taxable', 'primary'],
    build: (ctx) => ({ schema: { type: 'boolean' }, example: ctx.rng.chance(0.5) }),
  },
  {
    names: ['occurredAt', 'dueAt', 'expiresAt', 'scheduledAt', 'effectiveAt'],
    build: (ctx) => ({ schema: { type: 'string', format: 'date-time' }, example: iso(ctx) }),
  },
  {
    names: ['cancelledAt', 'resolvedAt', 'lastSeenAt'],
    build: (ctx) => ({
      schema: { type: ['string', 'null'], format: 'date-time' },
      example: ctx.rng.chance(0.5) ? null : iso(ctx),
    }),
  },
  {
    names: ['startDate', 'endDate', 'billingDate'],
    build: (ctx) => ({ schema: { type: 'string', format: 'date' }, example: iso(ctx).slice(0, 10) }),
  },
  {
    names: ['contactEmail', 'billingEmail', 'notifyEmail'],
    build: () => ({ schema: { type: 'string', format: 'email' }, example: 'someone@example.com' }),
  },
  {
    names: ['url', 'dashboardUrl', 'receiptUrl', 'downloadUrl'],
    build: (ctx) => ({
      schema: { type: 'string', format: 'uri' },
      example: `https://app.example.com/${word(ctx)}`,
    }),
  },
  {
    names: ['parentId', 'ownerId', 'sourceId', 'batchId'],
    build: (ctx) => ({ schema: { type: 'string', format: 'uuid' }, example: ctx.rng.uuid() }),
  },
  {
    names: ['priority', 'channel', 'source', 'visibility'],
    build: (ctx) => {
      const values = ctx.rng.sample(ENUM_POOL, ctx.rng.int(2, 4)).sort();
      return { schema: { type: 'string', enum: values }, example: ctx.rng.pick(values) };
    },
  },
  {
    names: ['severity', 'tier'],
    build: (ctx) => {
      const values = ctx.rng.sample(ENUM_POOL, 3).sort();
      return { schema: { type: ['string', 'null'], enum: [...values, null] }, example: values[0]! };
    },
  },
  {
    names: ['code', 'sku', 'slug'],
    build: (ctx) => ({
      schema: { type: 'string', pattern: '^[A-Z]{3}-[0-9]{4}$' },
      example: `${ctx.rng.pick(['ABC', 'XYZ', 'QRS'])}-${ctx.rng.int(1000, 9999)}`,
    }),
  },
  { names: ['amount', 'total', 'balance', 'fee', 'credit'], build: shared.money },
  { names: ['shippingAddress', 'billingAddress', 'location'], build: shared.address },
  {
    names: ['returnAddress', 'pickupAddress'],
    build: (ctx) => {
      const target = shared.address(ctx);
      return { schema: { oneOf: [target.schema, { type: 'null' }] }, example: null };
    },
  },
  { names: ['metadata', 'attributes'], build: shared.metadata },
  {
    names: ['counters', 'quotas', 'limits'],
    build: (ctx) => ({
      schema: { type: 'object', additionalProperties: { type: 'integer', minimum: 0 } },
      example: { [word(ctx)]: ctx.rng.int(0, 50) },
    }),
  },
  {
    names: ['tags', 'labels'],
    build: (ctx) => ({
      schema: { type: 'array', uniqueItems: true, maxItems: 10, items: { type: 'string', minLength: 1 } },
      example: ctx.rng.sample(TAG_WORDS, ctx.rng.int(0, 3)),
    }),
  },
  {
    names: ['attachments', 'files'],
    build: (ctx) => {
      const item = shared.attachment(ctx);
      return { schema: { type: 'array', items: item.schema }, example: [item.example] };
    },
  },
  { names: ['actor', 'initiatedBy', 'approvedBy'], build: shared.actor },
  {
    names: ['details', 'settings', 'window'],
    build: (ctx) => {
      const from = iso(ctx);
      return {
        schema: shared.closedObject({
          from: { type: 'string', format: 'date-time' },
          until: { type: ['string', 'null'], format: 'date-time' },
          timezone: { type: 'string', enum: ['UTC', 'Europe/Berlin', 'America/New_York'] },
        }),
        example: { from, until: null, timezone: 'UTC' },
      };
    },
  },
  { names: ['coordinates', 'origin'], build: shared.coordinates },
  { names: ['category', 'department'], build: shared.categoryNode },
  { names: ['contact', 'primaryContact'], build: shared.contactInfo },
  {
    names: ['externalId', 'legacyId'],
    build: (ctx) => ({
      schema: {
        anyOf: IDENTIFIER_VARIANTS,
      },
      example: ctx.rng.chance(0.5) ? ctx.rng.uuid() : ctx.rng.int(1, 99_999),
    }),
  },
];
