/**
 * A small contract for sender tests, as a generated package would describe it: two versions of
 * `order.created` (latest 2) and `invoice.paid`, with validators that check a required field.
 */
import { createEventTable, type EventTable, type PayloadCheck } from '../../../src/events/index.js';

export interface EventMap {
  'order.created@1': { id: string };
  'order.created@2': { id: string; total: number };
  'invoice.paid@1': { invoice: string };
}

export interface LatestVersions {
  'order.created': 2;
  'invoice.paid': 1;
}

const requires =
  (field: string, type: 'string' | 'number') =>
  (data: unknown): PayloadCheck =>
    typeof data === 'object' && data !== null && typeof (data as Record<string, unknown>)[field] === type
      ? { valid: true }
      : {
          valid: false,
          issues: [
            { pointer: `/${field}`, keyword: 'required', message: `must have ${type} property ${field}` },
          ],
        };

const all =
  (...checks: ((data: unknown) => PayloadCheck)[]) =>
  (data: unknown): PayloadCheck =>
    checks.map((check) => check(data)).find((result) => !result.valid) ?? { valid: true };

export const table: EventTable = createEventTable([
  { type: 'order.created', version: 1, deprecated: false, validate: requires('id', 'string') },
  {
    type: 'order.created',
    version: 2,
    deprecated: false,
    validate: all(requires('id', 'string'), requires('total', 'number')),
  },
  { type: 'invoice.paid', version: 1, deprecated: false, validate: requires('invoice', 'string') },
]);

export const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
