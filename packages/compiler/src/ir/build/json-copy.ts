import type { JsonValue } from '../contract.js';

/**
 * A deep copy of data as JSON (YAML's core schema only yields JSON values): what
 * `JSON.parse(JSON.stringify(value))` gives, `undefined` read as `null`. Scalars, most of what the
 * IR copies, skip the round trip; a number JSON cannot write becomes what JSON makes of it.
 */
export function copyJson(value: unknown): JsonValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value + 0 : null;
  return JSON.parse(JSON.stringify(value)) as JsonValue;
}
