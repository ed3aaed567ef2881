/**
 * A small contract as a generated package would describe it: an `EventMap`, `LatestVersions` and an
 * event table with hand-written validators (the real ones are compiled by the compiler, and tested there).
 */
import { createEventTable, type PayloadCheck } from '../../../src/events/index.js';

export interface TestEventMap {
  'order.created@1': { id: string };
  'order.created@2': { id: string; total: number };
  'ping@1': { note?: string };
}

export interface TestLatestVersions {
  'order.created': 2;
  ping: 1;
}

const ok: PayloadCheck = { valid: true };

function requireFields(fields: Record<string, 'string' | 'number'>) {
  return (data: unknown): PayloadCheck => {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      return { valid: false, issues: [{ pointer: '', keyword: 'type', message: 'must be object' }] };
    }
    const issues = Object.entries(fields)
      .filter(([name, type]) => typeof (data as Record<string, unknown>)[name] !== type)
      .map(([name, type]) => ({ pointer: `/${name}`, keyword: 'type', message: `must be ${type}` }));
    return issues.length === 0 ? ok : { valid: false, issues };
  };
}

export const table = createEventTable([
  { type: 'order.created', version: 1, deprecated: false, validate: requireFields({ id: 'string' }) },
  {
    type: 'order.created',
    version: 2,
    deprecated: false,
    validate: requireFields({ id: 'string', total: 'number' }),
  },
  { type: 'ping', version: 1, deprecated: false, validate: () => ok },
]);

export const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
