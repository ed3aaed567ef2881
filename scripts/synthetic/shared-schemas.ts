import type { Random } from './random.js';
import { type BuildContext, refTo, type Sample } from './registry.js';

/**
 * Named schemas many events share, in the spirit of a real provider's common definitions:
 * money, addresses, metadata maps, a tagged union of actors, a tuple and a recursive tree.
 */

const CURRENCIES = ['USD', 'EUR', 'GBP', 'JPY', 'CAD'];

export function currencyCode({ registry }: BuildContext): Sample {
  return registry.named('CurrencyCode', () => ({
    schema: { type: 'string', description: 'ISO 4217 currency code.', enum: CURRENCIES },
    example: 'EUR',
  }));
}

export function money(ctx: BuildContext): Sample {
  return ctx.registry.named('Money', () => {
    const currency = currencyCode(ctx);
    return {
      schema: {
        type: 'object',
        description: 'Amount in the minor unit of the currency.',
        additionalProperties: false,
        required: ['amount', 'currency'],
        properties: { amount: { type: 'integer', minimum: 0 }, currency: currency.schema },
      },
      example: { amount: ctx.rng.int(100, 99_999), currency: currency.example },
    };
  });
}

export function address({ registry }: BuildContext): Sample {
  return registry.named('Address', () => ({
    schema: {
      type: 'object',
      additionalProperties: false,
      required: ['line1', 'line2', 'city', 'postalCode', 'country'],
      properties: {
        line1: { type: 'string', minLength: 1 },
        line2: { type: ['string', 'null'] },
        city: { type: 'string', minLength: 1 },
        region: { type: ['string', 'null'] },
        postalCode: { type: 'string', minLength: 1, maxLength: 16 },
        country: { type: 'string', pattern: '^[A-Z]{2}$' },
      },
    },
    example: {
      line1: 'Friedrichstrasse 68',
      line2: null,
      city: 'Berlin',
      postalCode: '10117',
      country: 'DE',
    },
  }));
}

export function metadata({ registry }: BuildContext): Sample {
  return registry.named('Metadata', () => ({
    schema: {
      type: 'object',
      description: 'Free-form string pairs set by the integrator.',
      maxProperties: 50,
      additionalProperties: { type: 'string', maxLength: 500 },
    },
    example: { source: 'import', batch: '2025-03' },
  }));
}

export function actor({ rng, registry }: BuildContext): Sample {
  return registry.named('Actor', () => {
    const user = registry.named('UserActor', () => ({
      schema: closedObject({
        kind: { const: 'user' },
        userId: { type: 'string', format: 'uuid' },
        email: { type: 'string', format: 'email' },
      }),
      example: { kind: 'user', userId: rng.uuid(), email: 'ops@example.com' },
    }));
    const apiKey = registry.named('ApiKeyActor', () => ({
      schema: closedObject({
        kind: { const: 'api_key' },
        keyId: { type: 'string', pattern: '^key_[a-z0-9]{8}$' },
        name: { type: ['string', 'null'] },
      }),
      example: { kind: 'api_key', keyId: 'key_a1b2c3d4', name: null },
    }));
    const system = registry.named('SystemActor', () => ({
      schema: closedObject({
        kind: { const: 'system' },
        process: { type: 'string', enum: ['scheduler', 'migration', 'billing_run'] },
      }),
      example: { kind: 'system', process: 'scheduler' },
    }));
    return oneOfSample(rng, 'Who caused the event.', [user, apiKey, system]);
  });
}

/** `oneOf` the members' schemas, with one member's example picked at random. */
export function oneOfSample(rng: Random, description: string, members: Sample[]): Sample {
  return {
    schema: { description, oneOf: members.map((member) => member.schema) },
    example: rng.pick(members.map((member) => member.example)),
  };
}

export function timestamps({ registry }: BuildContext): Sample {
  return registry.named('Timestamps', () => ({
    // Open on purpose: it is combined with allOf, and a closed half would reject the other half.
    schema: {
      type: 'object',
      required: ['createdAt', 'updatedAt'],
      properties: {
        createdAt: { type: 'string', format: 'date-time' },
        updatedAt: { type: ['string', 'null'], format: 'date-time' },
      },
    },
    example: { createdAt: '2025-01-02T03:04:05Z', updatedAt: null },
  }));
}

export function attachment({ rng, registry }: BuildContext): Sample {
  return registry.named('Attachment', () => ({
    schema: closedObject({
      url: { type: 'string', format: 'uri' },
      contentType: { type: 'string', enum: ['application/pdf', 'image/png', 'text/csv'] },
      sizeBytes: { type: 'integer', minimum: 0 },
    }),
    example: {
      url: 'https://files.example.com/a/1.pdf',
      contentType: 'application/pdf',
      sizeBytes: rng.int(1, 9e6),
    },
  }));
}

export function coordinates({ registry }: BuildContext): Sample {
  return registry.named('Coordinates', () => ({
    schema: {
      type: 'array',
      description: 'Longitude and latitude, in that order.',
      items: [
        { type: 'number', minimum: -180, maximum: 180 },
        { type: 'number', minimum: -90, maximum: 90 },
      ],
      minItems: 2,
      additionalItems: false,
    },
    example: [13.3889, 52.517],
  }));
}

export function categoryNode({ rng, registry }: BuildContext): Sample {
  return registry.named('CategoryNode', () => ({
    schema: closedObject({
      id: { type: 'string', format: 'uuid' },
      name: { type: 'string', minLength: 1 },
      children: { type: 'array', items: refTo('CategoryNode') },
    }),
    example: { id: rng.uuid(), name: 'Outdoor', children: [{ id: rng.uuid(), name: 'Tents', children: [] }] },
  }));
}

export function contactInfo({ registry }: BuildContext): Sample {
  return registry.named('ContactInfo', () => ({
    schema: closedObject(
      {
        email: { type: 'string', format: 'email' },
        phone: { type: ['string', 'null'], pattern: '^\\+[1-9][0-9]{6,14}$' },
        website: { type: ['string', 'null'], format: 'uri' },
      },
      ['email', 'phone'],
    ),
    example: { email: 'billing@example.org', phone: '+4930123456' },
  }));
}

/** `additionalProperties: false` object; every property required unless `required` says otherwise. */
export function closedObject(
  properties: Record<string, Sample['schema']>,
  required: string[] = Object.keys(properties),
): Sample['schema'] {
  return { type: 'object', additionalProperties: false, required, properties };
}
