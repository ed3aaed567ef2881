/**
 * A small provider-style contract (GitHub-like events) as a generated package would describe it, with
 * hand-written validators, and its table in each wire format the tests need.
 */
import {
  createEventTable,
  defineWire,
  type EventDefinition,
  type PayloadCheck,
  type WireFormat,
} from '../../src/events/index.js';

export interface WireEventMap {
  'issues.opened@1': { action: 'opened'; issue: { number: number } };
  'issues.closed@1': { action: 'closed'; issue: { number: number } };
  'push@1': { ref: string };
  'push@2': { ref: string; after: string };
}

export interface WireLatestVersions {
  'issues.opened': 1;
  'issues.closed': 1;
  push: 2;
}

function object(check: (data: Record<string, unknown>) => string | undefined) {
  return (data: unknown): PayloadCheck => {
    const problem =
      typeof data !== 'object' || data === null || Array.isArray(data)
        ? 'must be object'
        : check(data as Record<string, unknown>);
    return problem === undefined
      ? { valid: true }
      : { valid: false, issues: [{ pointer: '', keyword: 'required', message: problem }] };
  };
}

const issue = (action: string) =>
  object((d) =>
    d.action !== action
      ? `action must be ${action}`
      : typeof (d.issue as { number?: unknown } | undefined)?.number !== 'number'
        ? 'issue.number must be a number'
        : undefined,
  );

export const definitions: EventDefinition[] = [
  { type: 'issues.opened', version: 1, deprecated: false, validate: issue('opened') },
  { type: 'issues.closed', version: 1, deprecated: false, validate: issue('closed') },
  {
    type: 'push',
    version: 1,
    deprecated: false,
    validate: object((d) => (typeof d.ref === 'string' ? undefined : 'ref')),
  },
  {
    type: 'push',
    version: 2,
    deprecated: false,
    validate: object((d) =>
      typeof d.ref === 'string' && typeof d.after === 'string' ? undefined : 'ref, after',
    ),
  },
];

export const GITHUB: WireFormat = {
  body: 'payload',
  eventType: ['header:x-github-event', 'body:/action'],
  signature: 'github',
};

export const tableWith = (wire: WireFormat) => createEventTable(definitions, { wire: defineWire(wire) });

export const githubSecret = 'It is a secret to everybody';
export const stripeSecret = 'whsec_test_stripe_style_secret';
export const standardSecret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

/** One payload-mode format per signature scheme, with the secret each signs with. */
export const SCHEMES: Array<{ name: string; wire: WireFormat; secret: string }> = [
  {
    name: 'github',
    wire: { body: 'payload', eventType: ['header:x-github-event', 'body:/action'], signature: 'github' },
    secret: githubSecret,
  },
  {
    name: 'stripe',
    wire: { body: 'payload', eventType: ['body:/kind', 'body:/action'], signature: 'stripe' },
    secret: stripeSecret,
  },
  {
    name: 'standard',
    wire: {
      body: 'payload',
      eventType: ['header:x-event-type', 'body:/action'],
      eventVersion: 'header:x-event-version',
      signature: 'standard',
    },
    secret: standardSecret,
  },
];

/** Stripe-style bodies name the whole type in the body; they also carry the delivery id there. */
export const payloadFor = (scheme: string, data: Record<string, unknown>, type: string) =>
  scheme === 'stripe' ? { ...data, kind: type.split('.')[0], id: `evt_${type}` } : data;
